library(httr)

url <- "https://api.example.com/v1/items"
payload <- r"(
{
  "name": "widget",
  "count": 3
}
)"

response <- POST(
  url,
  content_type("application/json"),
  body = payload,
  timeout(2.5)
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
