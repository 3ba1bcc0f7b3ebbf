<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('GET', 'https://api.example.com/v1/items/42', [
  'headers' => [
    'Accept' => 'application/json',
  ],
]);

echo $response->getBody();
