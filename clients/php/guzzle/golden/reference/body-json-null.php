<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/runs/42/rerun', [
  'body' => 'null',
  'headers' => [
    'Content-Type' => 'application/json',
  ],
]);

echo $response->getBody();
