<?php

$request = new http\Client\Request('POST', 'https://api.example.com/v1/items', [
  'Content-Type' => 'application/json',
]);
$request->getBody()->append('{
  "name": "widget",
  "count": 3
}');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
