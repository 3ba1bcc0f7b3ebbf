<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client();

$response = $client->request('POST', 'https://api.example.com/v1/echo/a%E2%80%AEb', [
    'query' => [
        "q\u{200b}" => "x\u{2066}y\u{2069}z",
        'nbsp' => "a\u{00a0}b",
    ],
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => "{
  \"rtl\": \"abc\u{202e}def\",
  \"zero\u{200b}width\": \"a\u{feff}b\u{00a0}c\u{e0041}d\u{3164}e\"
}",
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
