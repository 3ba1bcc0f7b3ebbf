wget --quiet --output-document=- --content-on-error \
  --method=TRACE \
  https://api.example.com/v1/echo
