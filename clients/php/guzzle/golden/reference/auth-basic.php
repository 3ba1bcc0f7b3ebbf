<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('GET', 'https://api.example.com/v1/account', [
  'headers' => [
    'Authorization' => 'Basic ' . base64_encode('<username>' . ':' . '<password>'),
  ],
]);

echo $response->getBody();
