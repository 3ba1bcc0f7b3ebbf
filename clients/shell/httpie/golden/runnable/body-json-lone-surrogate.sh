http --ignore-stdin \
  POST https://api.example.com/v1/echo \
  Content-Type:application/json \
  --raw='{
  "key \udbff": "a \ud800 b",
  "list": [
    "\udc00",
    "paired 😀"
  ]
}' \
  --print=hb
