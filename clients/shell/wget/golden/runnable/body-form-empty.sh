wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: application/x-www-form-urlencoded' \
  --body-data '' \
  https://api.example.com/v1/logout
