library(httr)

url <- "https://api.example.com/v1/headers"

response <- GET(
  url,
  add_headers(
    Accept = "application/json",
    "X-Trace" = "first, second",
    "user-agent" = "docs-example/1.0"
  )
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
