<?php

$request = new http\Client\Request('PUT', 'https://api.example.com/v1/blobs/logo', [
  'Content-Type' => 'image/png',
]);
$request->getBody()->append(file_get_contents('files/avatar.png'));

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
