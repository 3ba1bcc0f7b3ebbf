<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/filters', [
  'body' => 'tag=red&tag=red&tag=blue',
  'headers' => [
    'Content-Type' => 'application/x-www-form-urlencoded',
  ],
]);

echo $response->getBody();
