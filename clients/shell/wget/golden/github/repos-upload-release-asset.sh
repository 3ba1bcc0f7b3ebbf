wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: application/octet-stream' \
  --body-file body.bin \
  'https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME'
