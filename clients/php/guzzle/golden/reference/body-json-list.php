<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('PUT', 'https://api.example.com/v1/tags', [
  'body' => '[
  {
    "name": "red",
    "weight": 1
  },
  {
    "name": "green",
    "weight": 2.5
  },
  "blue"
]',
  'headers' => [
    'Content-Type' => 'application/json',
  ],
]);

echo $response->getBody();
