<?php

$request = new http\Client\Request('GET', 'https://api.example.com/v1/account', [
    'Authorization' => 'Basic ' . base64_encode((getenv('API_USERNAME') ?: '<username>') . ':' . (getenv('API_PASSWORD') ?: '<password>')),
]);

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
