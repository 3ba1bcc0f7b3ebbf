curl --request GET \
  --url https://api.example.com/v1/flags \
  --header 'X-Empty;' \
  --header 'X-Other: set'
