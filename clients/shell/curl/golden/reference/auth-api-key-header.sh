curl --request GET \
  --url https://api.example.com/v1/widgets \
  --header 'X-API-Key: <api-key>'
