<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();

// The query is written into the URL: Guzzle's 'query' array would send repeated names as name[0], name[1].
$response = $client->request('GET', 'https://api.example.com/v1/search?=a&=b%20c&q=x', [
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
