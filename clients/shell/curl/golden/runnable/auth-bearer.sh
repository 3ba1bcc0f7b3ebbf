curl --url https://api.example.com/v1/me \
  --header "Authorization: Bearer ${EXAMPLE_TOKEN:-<token>}" \
  --write-out '\n%{http_code}\n'
