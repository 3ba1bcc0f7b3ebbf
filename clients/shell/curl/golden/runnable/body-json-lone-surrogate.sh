curl --url https://api.example.com/v1/echo \
  --header 'Content-Type: application/json' \
  --data '{
  "key \udbff": "a \ud800 b",
  "list": [
    "\udc00",
    "paired 😀"
  ]
}' \
  --write-out '\n%{http_code}\n'
