curl --request POST \
  --url https://api.example.com/v1/subscribe \
  --header 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8' \
  --data-urlencode email=jane@example.com \
  --data-urlencode 'topic=news & offers' \
  --data-urlencode 'topic=é ☕'
