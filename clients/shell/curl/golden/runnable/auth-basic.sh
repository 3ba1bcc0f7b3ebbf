curl --url https://api.example.com/v1/account \
  --user "${API_USERNAME:-<username>}:${API_PASSWORD:-<password>}" \
  --write-out '\n%{http_code}\n'
