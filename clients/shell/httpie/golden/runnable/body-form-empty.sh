http --ignore-stdin \
  --form \
  POST https://api.example.com/v1/logout \
  Content-Type:application/x-www-form-urlencoded \
  --raw='' \
  --print=hb
