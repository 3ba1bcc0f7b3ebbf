<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();

$response = $client->request('POST', 'https://api.example.com/v1/filters', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    // Encoded here: 'form_params' would send repeated names as name[0], name[1].
    'body' => 'tag=red&tag=red&tag=blue',
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
