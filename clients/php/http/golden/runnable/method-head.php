<?php

$request = new http\Client\Request('HEAD', 'https://api.example.com/v1/items/42', [
    'Accept' => 'application/json',
]);

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
