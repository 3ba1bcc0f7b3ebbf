http --ignore-stdin \
  DELETE https://api.example.com/v1/items/42 \
  Accept:application/json \
  --print=hb
