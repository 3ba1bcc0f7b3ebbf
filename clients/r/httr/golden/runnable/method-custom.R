library(httr)

url <- "https://cdn.example.com/cache/images/logo.png"

response <- VERB(
  "PURGE",
  url,
  add_headers(
    "X-Purge-Reason" = "deploy"
  )
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
