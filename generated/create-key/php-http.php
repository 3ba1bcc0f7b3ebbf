<?php

$request = new http\Client\Request('POST', 'https://openrouter.ai/api/v1/keys', [
    'Authorization' => 'Bearer ' . (getenv('OPENROUTER_API_KEY') ?: '<token>'),
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{
  "name": "My New API Key",
  "limit": 50,
  "limit_reset": "monthly",
  "include_byok_in_limit": true
}');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
