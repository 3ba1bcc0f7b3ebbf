<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('PUT', 'https://api.example.com/v1/blobs/logo', [
  'body' => fopen('files/avatar.png', 'r'),
  'headers' => [
    'Content-Type' => 'image/png',
  ],
]);

echo $response->getBody();
