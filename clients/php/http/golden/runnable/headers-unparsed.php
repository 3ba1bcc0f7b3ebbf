<?php

$request = new http\Client\Request('GET', 'https://api.example.com/v1/items', [
    'Authorization' => 'Bearer ' . (getenv('API_TOKEN') ?: 'tok"en,with=odd'),
    'Accept' => 'not a media type',
    'User-Agent' => 'agent "quoted"',
    'If-None-Match' => 'etag-without-quotes',
]);

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
