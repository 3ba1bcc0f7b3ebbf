http --ignore-stdin \
  --form \
  POST https://api.example.com/v1/filters \
  Content-Type:application/x-www-form-urlencoded \
  tag=red \
  tag=red \
  tag=blue \
  --print=hb
