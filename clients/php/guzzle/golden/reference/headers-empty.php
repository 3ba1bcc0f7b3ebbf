<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('GET', 'https://api.example.com/v1/flags', [
  'headers' => [
    'X-Empty' => '',
    'X-Other' => 'set',
  ],
]);

echo $response->getBody();
