<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('GET', 'https://api.example.com/v1/widgets', [
  'headers' => [
    'Cookie' => 'theme=dark; api_session=<session-key>',
  ],
]);

echo $response->getBody();
