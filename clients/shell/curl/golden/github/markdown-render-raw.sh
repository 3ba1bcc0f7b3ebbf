curl --url https://api.github.com/markdown/raw \
  --header 'Content-Type: text/plain' \
  --data-raw '{"text":"Hello **world**"}' \
  --write-out '\n%{http_code}\n'
