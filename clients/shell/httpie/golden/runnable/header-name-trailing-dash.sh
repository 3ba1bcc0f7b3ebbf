http --ignore-stdin \
  GET https://api.example.com/v1/items \
  X-Trace-:abc \
  --print=hb
