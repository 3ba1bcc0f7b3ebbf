<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/echo', [
  'body' => '{
  "key \\udbff": "a \\ud800 b",
  "list": [
    "\\udc00",
    "paired 😀"
  ]
}',
  'headers' => [
    'Content-Type' => 'application/json',
  ],
]);

echo $response->getBody();
