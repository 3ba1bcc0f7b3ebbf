curl --request GET \
  --url https://api.example.com/v1/account \
  --header 'Authorization: Basic PHVzZXJuYW1lPjo8cGFzc3dvcmQ+'
