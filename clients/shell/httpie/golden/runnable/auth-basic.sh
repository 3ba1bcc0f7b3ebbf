http --ignore-stdin \
  GET https://api.example.com/v1/account \
  "Authorization:Basic $(printf '%s' "${API_USERNAME:-<username>}:${API_PASSWORD:-<password>}" | base64 | tr -d '\n')" \
  --print=hb
