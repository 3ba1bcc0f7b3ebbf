curl --url https://uploads.github.com/repos/OWNER/REPO/releases/0/assets \
  --url-query name=NAME \
  --header 'Content-Type: application/octet-stream' \
  --data-binary @body.bin \
  --write-out '\n%{http_code}\n'
