wget --quiet --output-document=- --content-on-error \
  --header 'Accept: application/json' \
  --header 'X-Trace: first, second' \
  --header 'X-Quoted: say "hi" and it'\''s fine' \
  --header 'X-Backslash: C:\path\to\file \n not a newline' \
  --header 'X-Dollar: $HOME ${x} #{x} `cmd` %s {{x}}' \
  https://api.example.com/v1/headers
