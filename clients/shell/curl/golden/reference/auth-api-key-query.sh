curl --request GET \
  --url 'https://api.example.com/v1/widgets?page=2&api_key=%3Capi-key%3E'
