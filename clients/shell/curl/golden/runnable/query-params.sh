curl --url https://api.example.com/v1/search \
  --url-query 'q=rock & roll = fun + 100% sure' \
  --url-query tag=first \
  --url-query limit=10 \
  --url-query tag=second \
  --url-query empty= \
  --url-query 'filter%5Bname%5D=Zoë Łukasz 🎸' \
  --url-query sort%5B%5D=-created \
  --url-query tag=third \
  --write-out '\n%{http_code}\n'
