<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();

$response = $client->request('GET', 'https://api.example.com/v1/items', [
    'headers' => [
        'Authorization' => 'Bearer ' . (getenv('API_TOKEN') ?: 'tok"en,with=odd'),
        'Accept' => 'not a media type',
        'User-Agent' => 'agent "quoted"',
        'If-None-Match' => 'etag-without-quotes',
    ],
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
