http --ignore-stdin \
  GET https://api.example.com/v1/session \
  'Cookie:session_id=abc123; theme=dark; lang=en-GB' \
  --print=hb
