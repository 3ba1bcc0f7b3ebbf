<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/notes', [
  'body' => "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n",
  'headers' => [
    'Content-Type' => 'text/plain; charset=utf-8',
  ],
]);

echo $response->getBody();
