<?php

$request = new http\Client\Request('PUT', 'https://api.example.com/v1/raw', [
    'Content-Type' => 'text/plain; charset=utf-8',
]);
$request->getBody()->append("it's a \"mix\" of \\ \$HOME \${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é\nline one\nline two\r\nthen\ttab end\n");

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
