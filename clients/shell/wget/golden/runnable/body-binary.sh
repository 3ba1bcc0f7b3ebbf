wget --quiet --output-document=- --content-on-error \
  --method=PUT \
  --header 'Content-Type: image/png' \
  --body-file files/avatar.png \
  https://api.example.com/v1/blobs/logo
