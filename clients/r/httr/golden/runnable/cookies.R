library(httr)

url <- "https://api.example.com/v1/session"

response <- GET(
  url,
  add_headers(
    Cookie = "session_id=abc123; theme=dark; lang=en-GB"
  )
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
