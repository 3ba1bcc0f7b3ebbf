curl --request GET \
  --url https://api.example.com/v1/items \
  --header 'X-Trace-: abc'
