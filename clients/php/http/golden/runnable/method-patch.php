<?php

$request = new http\Client\Request('PATCH', 'https://api.example.com/v1/items/42', [
    'If-Match' => '"etag-1"',
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{
  "count": 4
}');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
