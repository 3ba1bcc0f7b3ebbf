<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('TRACE', 'https://api.example.com/v1/echo');

echo $response->getBody();
