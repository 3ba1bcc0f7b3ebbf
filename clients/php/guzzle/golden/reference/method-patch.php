<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('PATCH', 'https://api.example.com/v1/items/42', [
  'body' => '{
  "count": 4
}',
  'headers' => [
    'If-Match' => '"etag-1"',
    'Content-Type' => 'application/json',
  ],
]);

echo $response->getBody();
