wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: application/json' \
  --body-data '{"key \udbff":"a \ud800 b","list":["\udc00","paired 😀"]}' \
  https://api.example.com/v1/echo
