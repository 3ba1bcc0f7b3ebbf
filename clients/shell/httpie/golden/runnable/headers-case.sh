http --ignore-stdin \
  GET https://api.example.com/v1/headers \
  accept:application/json \
  X-Trace:first \
  X-Trace:second \
  user-agent:docs-example/1.0 \
  --print=hb
