<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Psr7\Utils;

$client = new Client();

$response = $client->request('POST', 'https://api.example.com/v1/forms', [
    'multipart' => [
        [
            'name' => 'mix',
            'contents' => "it's a \"mix\" of \\ \$HOME \${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é",
        ],
        [
            'name' => 'lines',
            'contents' => "line one\nline two\r\nthen\ttab end",
        ],
        [
            'name' => 'file',
            'contents' => Utils::tryFopen('files/notes.txt', 'r'),
            'filename' => 'it\'s "notes".txt',
            'headers' => [
                // Given here: Guzzle's own header would not carry this name and filename exactly.
                'Content-Disposition' => 'form-data; name="file"; filename="it\'s %22notes%22.txt"',
                'Content-Type' => 'text/plain',
            ],
        ],
    ],
    // A 4xx or 5xx response is printed like any other instead of thrown.
    'http_errors' => false,
]);

echo $response->getStatusCode(), PHP_EOL;
echo $response->getBody(), PHP_EOL;
