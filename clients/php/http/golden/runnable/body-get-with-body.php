<?php

$request = new http\Client\Request('GET', 'https://api.example.com/v1/search', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{
  "query": {
    "match": {
      "title": "snippets"
    }
  },
  "size": 10
}');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
