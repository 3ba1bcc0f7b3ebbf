http --ignore-stdin \
  GET https://api.example.com/v1/headers \
  Accept:application/json \
  X-Trace:first \
  'X-Quoted:say "hi" and it'\''s fine' \
  'X-Backslash:C:\path\to\file \n not a newline' \
  X-Trace:second \
  'X-Dollar:$HOME ${x} #{x} `cmd` %s {{x}}' \
  --print=hb
