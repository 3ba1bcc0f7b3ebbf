<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();

// The query is written into the URL: Guzzle's 'query' array would send repeated names as name[0], name[1].
$response = $client->request('GET', 'https://api.example.com/v1/search?q=rock%20%26%20roll%20%3D%20fun%20%2B%20100%25%20sure&tag=first&limit=10&tag=second&empty=&filter%5Bname%5D=Zo%C3%AB%20%C5%81ukasz%20%F0%9F%8E%B8&sort%5B%5D=-created&tag=third', [
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
