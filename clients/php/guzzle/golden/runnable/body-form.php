<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();

$response = $client->request('POST', 'https://api.example.com/v1/login', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    // Encoded here: 'form_params' would send repeated names as name[0], name[1].
    'body' => 'username=jane%40example.com&password=p%26ss%3Dw%2Brd+100%25&scope=read&scope=write&note=%C3%A9+%E2%98%95+a%2Bb%3Dc%26d',
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
