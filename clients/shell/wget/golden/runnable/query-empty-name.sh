wget --quiet --output-document=- --content-on-error \
  'https://api.example.com/v1/search?=a&=b%20c&q=x'
