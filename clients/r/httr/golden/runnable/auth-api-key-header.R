library(httr)

url <- "https://api.example.com/v1/widgets"

response <- GET(
  url,
  add_headers(
    "X-API-Key" = Sys.getenv("X_API_KEY", "<api-key>")
  )
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
