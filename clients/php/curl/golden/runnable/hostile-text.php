<?php

$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => 'https://api.example.com/v1/raw',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'PUT',
    CURLOPT_HTTPHEADER => [
        'Content-Type: text/plain; charset=utf-8',
    ],
    CURLOPT_POSTFIELDS => "it's a \"mix\" of \\ \$HOME \${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é\nline one\nline two\r\nthen\ttab end\n",
]);

$response = curl_exec($curl);
if ($response === false) {
    throw new RuntimeException(curl_error($curl));
}

echo curl_getinfo($curl, CURLINFO_RESPONSE_CODE), PHP_EOL;
echo $response, PHP_EOL;
