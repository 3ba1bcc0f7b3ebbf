<?php

$request = new http\Client\Request('GET', 'https://api.github.com/orgs/ORG/repos');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
