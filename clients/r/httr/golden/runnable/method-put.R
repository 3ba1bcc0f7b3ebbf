library(httr)

url <- "https://api.example.com/v1/items/42"

response <- PUT(
  url,
  add_headers(
    Accept = "application/json"
  )
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
