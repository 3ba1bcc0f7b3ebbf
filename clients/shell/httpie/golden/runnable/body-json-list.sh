http --ignore-stdin \
  PUT https://api.example.com/v1/tags \
  Content-Type:application/json \
  --raw='[
  {
    "name": "red",
    "weight": 1
  },
  {
    "name": "green",
    "weight": 2.5
  },
  "blue"
]' \
  --print=hb
