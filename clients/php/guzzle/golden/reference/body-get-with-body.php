<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('GET', 'https://api.example.com/v1/search', [
  'body' => '{
  "query": {
    "match": {
      "title": "snippets"
    }
  },
  "size": 10
}',
  'headers' => [
    'Content-Type' => 'application/json',
  ],
]);

echo $response->getBody();
