http --ignore-stdin \
  PURGE https://cdn.example.com/cache/images/logo.png \
  X-Purge-Reason:deploy \
  --print=hb
