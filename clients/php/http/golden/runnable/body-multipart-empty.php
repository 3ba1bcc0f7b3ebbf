<?php

$request = new http\Client\Request('POST', 'https://api.example.com/v1/upload');
// A form without fields is its close delimiter alone (what a browser sends), written as it is.
$request->setHeader('Content-Type', 'multipart/form-data; boundary=snipgen-empty-form');
$request->getBody()->append("--snipgen-empty-form--\r\n");

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
