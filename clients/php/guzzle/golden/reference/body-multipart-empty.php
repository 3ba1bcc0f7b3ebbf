<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/upload', [
  'multipart' => [
  ],
]);

echo $response->getBody();
