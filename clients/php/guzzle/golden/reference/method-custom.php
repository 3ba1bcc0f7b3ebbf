<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('PURGE', 'https://cdn.example.com/cache/images/logo.png', [
  'headers' => [
    'X-Purge-Reason' => 'deploy',
  ],
]);

echo $response->getBody();
