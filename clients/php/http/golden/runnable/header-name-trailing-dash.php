<?php

$request = new http\Client\Request('GET', 'https://api.example.com/v1/items', [
    'X-Trace-' => 'abc',
]);

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
