wget --quiet --output-document=- --content-on-error \
  --header "Authorization: Basic $(printf '%s' "${API_USERNAME:-<username>}:${API_PASSWORD:-<password>}" | base64 | tr -d '\n')" \
  https://api.example.com/v1/account
