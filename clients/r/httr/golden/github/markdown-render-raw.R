library(httr)

url <- "https://api.github.com/markdown/raw"
payload <- "{\"text\":\"Hello **world**\"}"

response <- POST(
  url,
  content_type("text/plain"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
