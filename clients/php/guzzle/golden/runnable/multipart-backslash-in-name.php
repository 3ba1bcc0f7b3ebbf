<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Psr7\Utils;

$client = new Client();

$response = $client->request('POST', 'https://api.example.com/v1/upload', [
    'multipart' => [
        [
            'name' => 'dir\\name',
            'contents' => 'x',
        ],
        [
            'name' => 'file',
            'contents' => Utils::tryFopen('files/notes.txt', 'r'),
            'filename' => 'C:\\Users\\me\\notes.txt',
            'headers' => [
                'Content-Type' => 'text/plain',
            ],
        ],
    ],
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
