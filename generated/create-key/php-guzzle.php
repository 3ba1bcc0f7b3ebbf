<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();

$response = $client->request('POST', 'https://openrouter.ai/api/v1/keys', [
    'headers' => [
        'Authorization' => 'Bearer ' . (getenv('OPENROUTER_API_KEY') ?: '<token>'),
        'Content-Type' => 'application/json',
    ],
    'body' => '{
  "name": "My New API Key",
  "limit": 50,
  "limit_reset": "monthly",
  "include_byok_in_limit": true
}',
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
