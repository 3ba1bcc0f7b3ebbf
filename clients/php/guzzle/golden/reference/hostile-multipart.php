<?php

$client = new \GuzzleHttp\Client();

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
      'contents' => fopen('files/notes.txt', 'r'),
      'filename' => 'it\'s "notes".txt',
      'headers' => [
        'Content-Disposition' => 'form-data; name="file"; filename="it\'s %22notes%22.txt"',
        'Content-Type' => 'text/plain',
      ],
    ],
  ],
]);

echo $response->getBody();
