curl --request PUT \
  --url https://api.example.com/v1/tags \
  --header 'Content-Type: application/json' \
  --data '[
  {
    "name": "red",
    "weight": 1
  },
  {
    "name": "green",
    "weight": 2.5
  },
  "blue"
]'
