wget --quiet --output-document=- --content-on-error \
  --header 'Cookie: session_id=abc123; theme=dark; lang=en-GB' \
  https://api.example.com/v1/session
