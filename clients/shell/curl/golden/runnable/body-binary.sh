curl --request PUT \
  --url https://api.example.com/v1/blobs/logo \
  --header 'Content-Type: image/png' \
  --data-binary @files/avatar.png \
  --write-out '\n%{http_code}\n'
