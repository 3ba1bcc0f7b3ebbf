curl --request POST \
  --url https://api.example.com/v1/upload
