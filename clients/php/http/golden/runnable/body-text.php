<?php

$request = new http\Client\Request('POST', 'https://api.example.com/v1/notes', [
    'Content-Type' => 'text/plain; charset=utf-8',
]);
$request->getBody()->append("First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n");

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
