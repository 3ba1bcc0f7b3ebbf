<?php

$curl = curl_init();

curl_setopt_array($curl, [
  CURLOPT_URL => 'https://api.example.com/v1/raw',
  CURLOPT_RETURNTRANSFER => true,
  CURLOPT_ENCODING => '',
  CURLOPT_MAXREDIRS => 10,
  CURLOPT_TIMEOUT => 30,
  CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_1_1,
  CURLOPT_CUSTOMREQUEST => 'PUT',
  CURLOPT_POSTFIELDS => "it's a \"mix\" of \\ \$HOME \${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é\nline one\nline two\r\nthen\ttab end\n",
  CURLOPT_HTTPHEADER => [
    'Content-Type: text/plain; charset=utf-8',
  ],
]);

$response = curl_exec($curl);
$err = curl_error($curl);

curl_close($curl);

if ($err) {
  echo "cURL Error #:" . $err;
} else {
  echo $response;
}
