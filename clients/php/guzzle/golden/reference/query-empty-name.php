<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('GET', 'https://api.example.com/v1/search?=a&=b%20c&q=x');

echo $response->getBody();
