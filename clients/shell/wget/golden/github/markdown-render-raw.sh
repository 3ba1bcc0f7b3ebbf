wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: text/plain' \
  --body-data '{"text":"Hello **world**"}' \
  https://api.github.com/markdown/raw
