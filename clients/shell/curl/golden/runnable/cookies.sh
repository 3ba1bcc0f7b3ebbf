curl --url https://api.example.com/v1/session \
  --cookie 'session_id=abc123; theme=dark; lang=en-GB' \
  --write-out '\n%{http_code}\n'
