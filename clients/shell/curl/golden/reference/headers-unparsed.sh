curl --request GET \
  --url https://api.example.com/v1/items \
  --header 'Authorization: Bearer tok"en,with=odd' \
  --header 'Accept: not a media type' \
  --header 'User-Agent: agent "quoted"' \
  --header 'If-None-Match: etag-without-quotes'
