<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/ping', [
  'body' => '',
  'headers' => [
    'Content-Type' => 'text/plain',
  ],
]);

echo $response->getBody();
