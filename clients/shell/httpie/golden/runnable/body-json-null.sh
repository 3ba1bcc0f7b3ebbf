http --ignore-stdin \
  POST https://api.example.com/v1/runs/42/rerun \
  Content-Type:application/json \
  --raw=null \
  --print=hb
