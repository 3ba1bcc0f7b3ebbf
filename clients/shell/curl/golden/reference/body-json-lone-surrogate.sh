curl --request POST \
  --url https://api.example.com/v1/echo \
  --header 'Content-Type: application/json' \
  --data '{
  "key \udbff": "a \ud800 b",
  "list": [
    "\udc00",
    "paired 😀"
  ]
}'
