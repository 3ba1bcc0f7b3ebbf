<?php

$request = new http\Client\Request('GET', 'https://api.example.com/v1/session', [
    'Cookie' => 'session_id=abc123; theme=dark; lang=en-GB',
]);

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
