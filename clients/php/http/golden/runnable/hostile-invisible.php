<?php

$request = new http\Client\Request('POST', 'https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append("{
  \"rtl\": \"abc\u{202e}def\",
  \"zero\u{200b}width\": \"a\u{feff}b\u{00a0}c\u{e0041}d\u{3164}e\"
}");

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
