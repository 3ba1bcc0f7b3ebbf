<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/subscribe', [
  'body' => 'email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95',
  'headers' => [
    'Content-Type' => 'application/x-www-form-urlencoded; charset=UTF-8',
  ],
]);

echo $response->getBody();
