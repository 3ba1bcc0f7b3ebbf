wget --quiet --output-document=- --content-on-error \
  --header "Authorization: Bearer ${API_TOKEN:-"tok\"en,with=odd"}" \
  --header 'Accept: not a media type' \
  --header 'User-Agent: agent "quoted"' \
  --header 'If-None-Match: etag-without-quotes' \
  https://api.example.com/v1/items
