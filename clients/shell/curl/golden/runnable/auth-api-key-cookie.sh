curl --url https://api.example.com/v1/widgets \
  --cookie "theme=dark; api_session=${API_SESSION:-<session-key>}" \
  --write-out '\n%{http_code}\n'
