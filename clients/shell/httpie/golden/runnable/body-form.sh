http --ignore-stdin \
  --form \
  POST https://api.example.com/v1/login \
  Content-Type:application/x-www-form-urlencoded \
  username=jane@example.com \
  'password=p&ss=w+rd 100%' \
  scope=read \
  scope=write \
  'note=é ☕ a+b=c&d' \
  --print=hb
