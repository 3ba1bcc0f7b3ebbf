<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/upload', [
  'multipart' => [
    [
      'name' => 'dir\\name',
      'contents' => 'x',
    ],
    [
      'name' => 'file',
      'contents' => fopen('files/notes.txt', 'r'),
      'filename' => 'C:\\Users\\me\\notes.txt',
      'headers' => [
        'Content-Type' => 'text/plain',
      ],
    ],
  ],
]);

echo $response->getBody();
