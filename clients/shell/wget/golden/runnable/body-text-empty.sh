wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: text/plain' \
  --body-data '' \
  https://api.example.com/v1/ping
