<?php

// Built by hand: a CURLOPT_POSTFIELDS array cannot repeat a name, and libcurl cuts names at a NUL.
// Each part is [Content-Disposition, Content-Type or null, contents].
$parts = [
    ['form-data; name="title"', null, 'Quarterly report'],
    ['form-data; name="description"', null, 'Line one, "quoted"; and ☕'],
    ['form-data; name="avatar"; filename="avatar.png"', 'image/png', file_get_contents('files/avatar.png')],
    ['form-data; name="attachments"; filename="notes.txt"', 'text/plain', file_get_contents('files/notes.txt')],
    ['form-data; name="attachments"; filename="data.csv"', 'text/csv', file_get_contents('files/data.csv')],
];
$boundary = bin2hex(random_bytes(16));
$body = '';
foreach ($parts as [$disposition, $type, $contents]) {
    $body .= "--$boundary\r\nContent-Disposition: $disposition\r\n";
    if ($type !== null) {
        $body .= "Content-Type: $type\r\n";
    }
    $body .= "\r\n$contents\r\n";
}
$body .= "--$boundary--\r\n";

$curl = curl_init();

curl_setopt_array($curl, [
    CURLOPT_URL => 'https://api.example.com/v1/upload',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'Content-Type: multipart/form-data; boundary=' . $boundary,
    ],
    CURLOPT_POSTFIELDS => $body,
]);

$response = curl_exec($curl);
if ($response === false) {
    throw new RuntimeException(curl_error($curl));
}

echo curl_getinfo($curl, CURLINFO_RESPONSE_CODE), PHP_EOL;
echo $response, PHP_EOL;
