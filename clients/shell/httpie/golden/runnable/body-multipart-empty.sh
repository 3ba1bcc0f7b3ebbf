http --ignore-stdin \
  POST https://api.example.com/v1/upload \
  'Content-Type:multipart/form-data; boundary=snipgen-empty-form' \
  --raw=$'--snipgen-empty-form--\r\n' \
  --print=hb
