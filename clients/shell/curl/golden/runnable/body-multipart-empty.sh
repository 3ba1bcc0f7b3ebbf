curl --url https://api.example.com/v1/upload \
  --header 'Content-Type: multipart/form-data; boundary=snipgen-empty-form' \
  --data-binary $'--snipgen-empty-form--\r\n' \
  --write-out '\n%{http_code}\n'
