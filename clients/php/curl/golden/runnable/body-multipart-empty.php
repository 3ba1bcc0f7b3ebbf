<?php

// libcurl sends an empty CURLOPT_POSTFIELDS array as an empty urlencoded body: a form without fields is its close delimiter alone.
$body = "--snipgen-empty-form--\r\n";

$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => 'https://api.example.com/v1/upload',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'Content-Type: multipart/form-data; boundary=snipgen-empty-form',
    ],
    CURLOPT_POSTFIELDS => $body,
]);

$response = curl_exec($curl);
if ($response === false) {
    throw new RuntimeException(curl_error($curl));
}

echo curl_getinfo($curl, CURLINFO_RESPONSE_CODE), PHP_EOL;
echo $response, PHP_EOL;
