<?php

$request = new http\Client\Request('PUT', 'https://api.example.com/v1/tags', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('[
  {
    "name": "red",
    "weight": 1
  },
  {
    "name": "green",
    "weight": 2.5
  },
  "blue"
]');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
