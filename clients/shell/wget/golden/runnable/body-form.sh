wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: application/x-www-form-urlencoded' \
  --body-data 'username=jane%40example.com&password=p%26ss%3Dw%2Brd+100%25&scope=read&scope=write&note=%C3%A9+%E2%98%95+a%2Bb%3Dc%26d' \
  https://api.example.com/v1/login
