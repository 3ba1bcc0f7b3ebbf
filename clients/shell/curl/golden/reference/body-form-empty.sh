curl --request POST \
  --url https://api.example.com/v1/logout \
  --header 'Content-Type: application/x-www-form-urlencoded'
