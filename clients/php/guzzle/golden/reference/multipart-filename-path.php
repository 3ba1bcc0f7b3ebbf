<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('POST', 'https://api.example.com/v1/upload', [
  'multipart' => [
    [
      'name' => 'title',
      'contents' => 'Q1',
    ],
    [
      'name' => 'report',
      'contents' => fopen('files/data.csv', 'r'),
      'filename' => 'reports/2026/q1.csv',
      'headers' => [
        'Content-Disposition' => 'form-data; name="report"; filename="reports/2026/q1.csv"',
        'Content-Type' => 'text/csv',
      ],
    ],
  ],
]);

echo $response->getBody();
