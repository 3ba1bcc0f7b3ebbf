<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/upload', [
  'multipart' => [
    [
      'name' => 'título',
      'contents' => 'Café ☕',
    ],
    [
      'name' => 'документ',
      'contents' => fopen('files/notes.txt', 'r'),
      'filename' => 'résumé ☕.txt',
      'headers' => [
        'Content-Type' => 'text/plain',
      ],
    ],
  ],
]);

echo $response->getBody();
