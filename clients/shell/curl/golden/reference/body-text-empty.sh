curl --request POST \
  --url https://api.example.com/v1/ping \
  --header 'Content-Type: text/plain' \
  --data-raw ''
