http --ignore-stdin \
  HEAD https://api.example.com/v1/items/42 \
  Accept:application/json \
  --print=hb
