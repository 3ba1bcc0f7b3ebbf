wget --quiet --output-document=- --content-on-error \
  --header "Authorization: Bearer ${EXAMPLE_TOKEN:-<token>}" \
  https://api.example.com/v1/me
