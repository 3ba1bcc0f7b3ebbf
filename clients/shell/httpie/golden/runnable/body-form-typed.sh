http --ignore-stdin \
  --form \
  POST https://api.example.com/v1/subscribe \
  'Content-Type:application/x-www-form-urlencoded; charset=UTF-8' \
  email=jane@example.com \
  'topic=news & offers' \
  'topic=é ☕' \
  --print=hb
