curl --request GET \
  --url https://api.example.com/v1/widgets \
  --cookie 'theme=dark; api_session=<session-key>'
