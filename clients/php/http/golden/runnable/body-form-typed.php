<?php

$request = new http\Client\Request('POST', 'https://api.example.com/v1/subscribe', [
    'Content-Type' => 'application/x-www-form-urlencoded; charset=UTF-8',
]);
$request->getBody()->append('email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
