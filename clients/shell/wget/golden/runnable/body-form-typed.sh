wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8' \
  --body-data 'email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95' \
  https://api.example.com/v1/subscribe
