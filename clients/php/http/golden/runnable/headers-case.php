<?php

$request = new http\Client\Request('GET', 'https://api.example.com/v1/headers', [
    'accept' => 'application/json',
    'X-Trace' => 'first, second',
    'user-agent' => 'docs-example/1.0',
]);

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
