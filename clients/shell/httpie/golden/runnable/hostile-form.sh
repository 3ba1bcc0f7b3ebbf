http --ignore-stdin \
  --form \
  POST https://api.example.com/v1/forms \
  Content-Type:application/x-www-form-urlencoded \
  $'mix=it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \xe2\x80\xa8 😀 é' \
  $'k\'"\\$`{{x}}=line one\nline two\r\nthen\ttab end' \
  mix=again \
  --print=hb
