<?php

$request = new http\Client\Request('POST', 'https://api.example.com/v1/echo', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{
  "key \\udbff": "a \\ud800 b",
  "list": [
    "\\udc00",
    "paired 😀"
  ]
}');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
