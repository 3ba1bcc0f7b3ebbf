<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('GET', 'https://api.example.com/v1/headers', [
  'headers' => [
    'accept' => 'application/json',
    'X-Trace' => ['first', 'second'],
    'user-agent' => 'docs-example/1.0',
  ],
]);

echo $response->getBody();
