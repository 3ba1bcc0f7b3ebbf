<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('GET', 'https://api.example.com/v1/items', [
  'headers' => [
    'X-Trace-' => 'abc',
  ],
]);

echo $response->getBody();
