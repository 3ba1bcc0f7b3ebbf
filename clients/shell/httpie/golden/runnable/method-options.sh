http --ignore-stdin \
  OPTIONS https://api.example.com/v1/items/42 \
  Accept:application/json \
  --print=hb
