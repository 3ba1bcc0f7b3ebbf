wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: application/x-www-form-urlencoded' \
  --body-data 'tag=red&tag=red&tag=blue' \
  https://api.example.com/v1/filters
