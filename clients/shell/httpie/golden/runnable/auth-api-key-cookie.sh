http --ignore-stdin \
  GET https://api.example.com/v1/widgets \
  "Cookie:theme=dark; api_session=${API_SESSION:-<session-key>}" \
  --print=hb
