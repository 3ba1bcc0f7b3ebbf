<?php

$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => 'https://cdn.example.com/cache/images/logo.png',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'PURGE',
    CURLOPT_HTTPHEADER => [
        'X-Purge-Reason: deploy',
    ],
]);

$response = curl_exec($curl);
if ($response === false) {
    throw new RuntimeException(curl_error($curl));
}

echo curl_getinfo($curl, CURLINFO_RESPONSE_CODE), PHP_EOL;
echo $response, PHP_EOL;
