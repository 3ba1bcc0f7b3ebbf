<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Psr7\Utils;

$client = new Client();

$response = $client->request('POST', 'https://api.example.com/v1/upload', [
    'multipart' => [
        [
            'name' => 'title',
            'contents' => 'Quarterly report',
        ],
        [
            'name' => 'description',
            'contents' => 'Line one, "quoted"; and ☕',
        ],
        [
            'name' => 'avatar',
            'contents' => Utils::tryFopen('files/avatar.png', 'r'),
            'filename' => 'avatar.png',
            'headers' => [
                'Content-Type' => 'image/png',
            ],
        ],
        [
            'name' => 'attachments',
            'contents' => Utils::tryFopen('files/notes.txt', 'r'),
            'filename' => 'notes.txt',
            'headers' => [
                'Content-Type' => 'text/plain',
            ],
        ],
        [
            'name' => 'attachments',
            'contents' => Utils::tryFopen('files/data.csv', 'r'),
            'filename' => 'data.csv',
            'headers' => [
                'Content-Type' => 'text/csv',
            ],
        ],
    ],
    'timeout' => 2.5,
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
