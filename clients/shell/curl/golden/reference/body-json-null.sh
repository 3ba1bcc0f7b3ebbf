curl --request POST \
  --url https://api.example.com/v1/runs/42/rerun \
  --header 'Content-Type: application/json' \
  --data null
