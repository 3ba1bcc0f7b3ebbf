<?php

$request = new http\Client\Request('TRACE', 'https://api.example.com/v1/echo');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
