curl --request GET \
  --url https://api.example.com/v1/session \
  --cookie 'session_id=abc123; theme=dark; lang=en-GB'
