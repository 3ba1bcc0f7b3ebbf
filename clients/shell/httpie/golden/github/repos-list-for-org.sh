http --ignore-stdin \
  GET https://api.github.com/orgs/ORG/repos \
  --print=hb
