curl --url https://api.github.com/orgs/ORG/repos \
  --write-out '\n%{http_code}\n'
