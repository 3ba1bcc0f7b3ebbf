<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();

$response = $client->request('POST', 'https://api.example.com/v1/subscribe', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded; charset=UTF-8',
    ],
    // Encoded here: 'form_params' would send repeated names as name[0], name[1].
    'body' => 'email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95',
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
