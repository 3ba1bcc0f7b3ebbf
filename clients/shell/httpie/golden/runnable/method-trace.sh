http --ignore-stdin \
  TRACE https://api.example.com/v1/echo \
  --print=hb
