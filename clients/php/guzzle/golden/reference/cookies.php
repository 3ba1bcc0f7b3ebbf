<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('GET', 'https://api.example.com/v1/session', [
  'headers' => [
    'Cookie' => 'session_id=abc123; theme=dark; lang=en-GB',
  ],
]);

echo $response->getBody();
