http --ignore-stdin \
  GET https://api.example.com/v2/events \
  type==push \
  type==pull_request \
  per_page==50 \
  active==true \
  --print=hb
