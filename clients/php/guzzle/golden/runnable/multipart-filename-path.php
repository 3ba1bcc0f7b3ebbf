<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Psr7\Utils;

$client = new Client();

$response = $client->request('POST', 'https://api.example.com/v1/upload', [
    'multipart' => [
        [
            'name' => 'title',
            'contents' => 'Q1',
        ],
        [
            'name' => 'report',
            'contents' => Utils::tryFopen('files/data.csv', 'r'),
            'filename' => 'reports/2026/q1.csv',
            'headers' => [
                // Given here: Guzzle's own header would not carry this name and filename exactly.
                'Content-Disposition' => 'form-data; name="report"; filename="reports/2026/q1.csv"',
                'Content-Type' => 'text/csv',
            ],
        ],
    ],
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
