wget --quiet --output-document=- --content-on-error \
  --method=PURGE \
  --header 'X-Purge-Reason: deploy' \
  https://cdn.example.com/cache/images/logo.png
