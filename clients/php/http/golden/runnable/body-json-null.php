<?php

$request = new http\Client\Request('POST', 'https://api.example.com/v1/runs/42/rerun', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('null');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
