<?php

$request = new http\Client\Request('POST', 'https://api.github.com/repos/OWNER/REPO/issues', [
    'Content-Type' => 'application/json',
]);
$request->getBody()->append('{
  "title": "Found a bug",
  "body": "I\'m having a problem with this.",
  "assignees": [
    "octocat"
  ],
  "milestone": 1,
  "labels": [
    "bug"
  ]
}');

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
