http --ignore-stdin \
  GET https://api.example.com/v1/search \
  'q==rock & roll = fun + 100% sure' \
  tag==first \
  limit==10 \
  tag==second \
  empty== \
  'filter[name]==Zoë Łukasz 🎸' \
  'sort[]==-created' \
  tag==third \
  --print=hb
