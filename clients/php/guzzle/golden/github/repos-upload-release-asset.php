<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Psr7\Utils;

$client = new Client();

$response = $client->request('POST', 'https://uploads.github.com/repos/OWNER/REPO/releases/0/assets', [
    'query' => [
        'name' => 'NAME',
    ],
    'headers' => [
        'Content-Type' => 'application/octet-stream',
    ],
    'body' => Utils::tryFopen('body.bin', 'r'),
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
