<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();

$response = $client->request('PATCH', 'https://api.example.com/v1/items/42', [
    'headers' => [
        'If-Match' => '"etag-1"',
        'Content-Type' => 'application/json',
    ],
    'body' => '{
  "count": 4
}',
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
