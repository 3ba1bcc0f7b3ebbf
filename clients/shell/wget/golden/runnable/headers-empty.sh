wget --quiet --output-document=- --content-on-error \
  --header 'X-Empty: ' \
  --header 'X-Other: set' \
  https://api.example.com/v1/flags
