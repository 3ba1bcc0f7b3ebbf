library(httr)

url <- "https://api.example.com/v1/items"

response <- GET(
  url,
  add_headers(
    "X-Trace-" = "abc"
  )
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
