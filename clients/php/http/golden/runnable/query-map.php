<?php

$request = new http\Client\Request('GET', 'https://api.example.com/v2/events?type=push&type=pull_request&per_page=50&active=true');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
