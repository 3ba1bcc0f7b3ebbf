<?php

$request = new http\Client\Request('POST', 'https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME', [
    'Content-Type' => 'application/octet-stream',
]);
$request->getBody()->append(file_get_contents('body.bin'));

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
