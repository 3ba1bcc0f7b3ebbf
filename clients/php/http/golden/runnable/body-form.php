<?php

$request = new http\Client\Request('POST', 'https://api.example.com/v1/login', [
    'Content-Type' => 'application/x-www-form-urlencoded',
]);
$request->getBody()->append('username=jane%40example.com&password=p%26ss%3Dw%2Brd+100%25&scope=read&scope=write&note=%C3%A9+%E2%98%95+a%2Bb%3Dc%26d');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
