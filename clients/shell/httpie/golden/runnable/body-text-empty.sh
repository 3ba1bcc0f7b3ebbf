http --ignore-stdin \
  POST https://api.example.com/v1/ping \
  Content-Type:text/plain \
  --raw='' \
  --print=hb
