curl --url https://api.example.com/v1/runs/42/rerun \
  --header 'Content-Type: application/json' \
  --data null \
  --write-out '\n%{http_code}\n'
