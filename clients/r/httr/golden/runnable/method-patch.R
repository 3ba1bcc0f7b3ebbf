library(httr)

url <- "https://api.example.com/v1/items/42"
payload <- r"(
{
  "count": 4
}
)"

response <- PATCH(
  url,
  add_headers(
    "If-Match" = "\"etag-1\""
  ),
  content_type("application/json"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
