<?php

$request = new http\Client\Request('GET', 'https://api.example.com/v1/headers', [
    'Accept' => 'application/json',
    'X-Trace' => 'first, second',
    'X-Quoted' => 'say "hi" and it\'s fine',
    'X-Backslash' => 'C:\\path\\to\\file \\n not a newline',
    'X-Dollar' => '$HOME ${x} #{x} `cmd` %s {{x}}',
]);

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
