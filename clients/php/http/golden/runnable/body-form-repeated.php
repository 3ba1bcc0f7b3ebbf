<?php

$request = new http\Client\Request('POST', 'https://api.example.com/v1/filters', [
    'Content-Type' => 'application/x-www-form-urlencoded',
]);
$request->getBody()->append('tag=red&tag=red&tag=blue');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
