wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: multipart/form-data; boundary=snipgen-empty-form' \
  --body-data $'--snipgen-empty-form--\r\n' \
  https://api.example.com/v1/upload
