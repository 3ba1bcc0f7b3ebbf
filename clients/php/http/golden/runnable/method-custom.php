<?php

$request = new http\Client\Request('PURGE', 'https://cdn.example.com/cache/images/logo.png', [
    'X-Purge-Reason' => 'deploy',
]);

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
