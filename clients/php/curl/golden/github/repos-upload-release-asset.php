<?php

$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => 'https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'Content-Type: application/octet-stream',
    ],
    CURLOPT_POSTFIELDS => file_get_contents('body.bin'),
]);

$response = curl_exec($curl);
if ($response === false) {
    throw new RuntimeException(curl_error($curl));
}

echo curl_getinfo($curl, CURLINFO_RESPONSE_CODE), PHP_EOL;
echo $response, PHP_EOL;
