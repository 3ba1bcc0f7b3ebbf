curl --url https://api.example.com/v1/login \
  --header 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode username=jane@example.com \
  --data-urlencode 'password=p&ss=w+rd 100%' \
  --data-urlencode scope=read \
  --data-urlencode scope=write \
  --data-urlencode 'note=é ☕ a+b=c&d' \
  --write-out '\n%{http_code}\n'
