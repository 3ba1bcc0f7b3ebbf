<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b', [
  'body' => "{
  \"rtl\": \"abc\u{202e}def\",
  \"zero\u{200b}width\": \"a\u{feff}b\u{00a0}c\u{e0041}d\u{3164}e\"
}",
  'headers' => [
    'Content-Type' => 'application/json',
  ],
]);

echo $response->getBody();
