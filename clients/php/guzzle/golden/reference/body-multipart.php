<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/upload', [
  'multipart' => [
    [
      'name' => 'title',
      'contents' => 'Quarterly report',
    ],
    [
      'name' => 'description',
      'contents' => 'Line one, "quoted"; and ☕',
    ],
    [
      'name' => 'avatar',
      'contents' => fopen('files/avatar.png', 'r'),
      'filename' => 'avatar.png',
      'headers' => [
        'Content-Type' => 'image/png',
      ],
    ],
    [
      'name' => 'attachments',
      'contents' => fopen('files/notes.txt', 'r'),
      'filename' => 'notes.txt',
      'headers' => [
        'Content-Type' => 'text/plain',
      ],
    ],
    [
      'name' => 'attachments',
      'contents' => fopen('files/data.csv', 'r'),
      'filename' => 'data.csv',
      'headers' => [
        'Content-Type' => 'text/csv',
      ],
    ],
  ],
]);

echo $response->getBody();
