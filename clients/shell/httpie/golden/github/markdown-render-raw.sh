http --ignore-stdin \
  POST https://api.github.com/markdown/raw \
  Content-Type:text/plain \
  --raw='{"text":"Hello **world**"}' \
  --print=hb
