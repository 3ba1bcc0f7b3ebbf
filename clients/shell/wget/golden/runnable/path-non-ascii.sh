wget --quiet --output-document=- --content-on-error \
  https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b
