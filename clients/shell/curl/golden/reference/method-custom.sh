curl --request PURGE \
  --url https://cdn.example.com/cache/images/logo.png \
  --header 'X-Purge-Reason: deploy'
