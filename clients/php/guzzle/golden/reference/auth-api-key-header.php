<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('GET', 'https://api.example.com/v1/widgets', [
  'headers' => [
    'X-API-Key' => '<api-key>',
  ],
]);

echo $response->getBody();
