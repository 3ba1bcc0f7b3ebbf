<?php

$request = new http\Client\Request('GET', 'https://api.example.com/v1/widgets?page=2&api_key=' . rawurlencode(getenv('EXAMPLE_API_KEY') ?: '<api-key>'));

$client = new http\Client();
$client->setOptions(['timeout' => 2.5]);
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
