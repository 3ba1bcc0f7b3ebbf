<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();

$response = $client->request('GET', 'https://api.example.com/v1/headers', [
    'headers' => [
        'Accept' => 'application/json',
        'X-Trace' => ['first', 'second'],
        'X-Quoted' => 'say "hi" and it\'s fine',
        'X-Backslash' => 'C:\\path\\to\\file \\n not a newline',
        'X-Dollar' => '$HOME ${x} #{x} `cmd` %s {{x}}',
    ],
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
