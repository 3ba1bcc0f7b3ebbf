<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/upload', [
  'multipart' => [
    [
      'name' => 'note',
      'contents' => '',
    ],
    [
      'name' => 'empty',
      'contents' => fopen('files/empty.txt', 'r'),
      'filename' => 'empty.txt',
      'headers' => [
        'Content-Type' => 'text/plain',
      ],
    ],
    [
      'name' => 'doc',
      'contents' => fopen('files/notes.txt', 'r'),
      'filename' => 'notes.txt',
      'headers' => [
        'Content-Type' => 'text/plain',
      ],
    ],
  ],
]);

echo $response->getBody();
