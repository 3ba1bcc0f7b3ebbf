<?php

$request = new http\Client\Request('POST', 'https://api.github.com/markdown/raw', [
    'Content-Type' => 'text/plain',
]);
$request->getBody()->append('{"text":"Hello **world**"}');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
