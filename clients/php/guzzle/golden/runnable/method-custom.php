<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();

$response = $client->request('PURGE', 'https://cdn.example.com/cache/images/logo.png', [
    'headers' => [
        'X-Purge-Reason' => 'deploy',
    ],
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
