<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('PUT', 'https://api.example.com/v1/raw', [
  'body' => "it's a \"mix\" of \\ \$HOME \${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é\nline one\nline two\r\nthen\ttab end\n",
  'headers' => [
    'Content-Type' => 'text/plain; charset=utf-8',
  ],
]);

echo $response->getBody();
