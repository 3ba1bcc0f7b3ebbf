<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Psr7\Utils;

$client = new Client();

$response = $client->request('PUT', 'https://api.example.com/v1/blobs/logo', [
    'headers' => [
        'Content-Type' => 'image/png',
    ],
    'body' => Utils::tryFopen('files/avatar.png', 'r'),
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
