<?php

$request = new http\Client\Request('POST', 'https://api.example.com/v1/upload');
// Each part is [Content-Disposition, Content-Type or null, contents]. Parts go in one by one:
// Body::addForm crashes PHP 8.2 with pecl_http 4.2.3.
$body = new http\Message\Body();
foreach ([
    ['form-data; name="dir\\name"', null, 'x'],
    ['form-data; name="file"; filename="C:\\Users\\me\\notes.txt"', 'text/plain', file_get_contents('files/notes.txt')],
] as [$disposition, $type, $contents]) {
    $part = new http\Message();
    $part->setHeader('Content-Disposition', $disposition);
    if ($type !== null) {
        $part->setHeader('Content-Type', $type);
    }
    $part->getBody()->append($contents);
    $body->addPart($part);
}
// The client adds Content-Type: multipart/form-data with the body's boundary.
$request->setBody($body);

$client = new http\Client();
$client->enqueue($request)->send();
$response = $client->getResponse($request);

echo $response->getResponseCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
