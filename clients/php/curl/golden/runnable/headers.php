<?php

$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => 'https://api.example.com/v1/headers',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => [
        'Accept: application/json',
        'X-Trace: first',
        'X-Quoted: say "hi" and it\'s fine',
        'X-Backslash: C:\\path\\to\\file \\n not a newline',
        'X-Trace: second',
        'X-Dollar: $HOME ${x} #{x} `cmd` %s {{x}}',
    ],
]);

$response = curl_exec($curl);
if ($response === false) {
    throw new RuntimeException(curl_error($curl));
}

echo curl_getinfo($curl, CURLINFO_RESPONSE_CODE), PHP_EOL;
echo $response, PHP_EOL;
