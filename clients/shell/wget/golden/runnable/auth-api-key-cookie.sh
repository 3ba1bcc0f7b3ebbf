wget --quiet --output-document=- --content-on-error \
  --header "Cookie: theme=dark; api_session=${API_SESSION:-<session-key>}" \
  https://api.example.com/v1/widgets
