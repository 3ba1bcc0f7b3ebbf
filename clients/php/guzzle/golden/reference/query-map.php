<?php

$client = new \GuzzleHttp\Client();

$response = $client->request('GET', 'https://api.example.com/v2/events?type=push&type=pull_request&per_page=50&active=true');

echo $response->getBody();
