library(httr)

url <- "https://api.example.com/v1/items"

response <- GET(
  url,
  add_headers(
    Authorization = paste0("Bearer ", Sys.getenv("API_TOKEN", "tok\"en,with=odd")),
    Accept = "not a media type",
    "User-Agent" = "agent \"quoted\"",
    "If-None-Match" = "etag-without-quotes"
  )
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
