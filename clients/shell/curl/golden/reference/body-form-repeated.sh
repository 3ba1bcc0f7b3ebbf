curl --request POST \
  --url https://api.example.com/v1/filters \
  --header 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode tag=red \
  --data-urlencode tag=red \
  --data-urlencode tag=blue
