library(httr)

url <- "https://api.example.com/v1/tags"
payload <- r"(
[
  {
    "name": "red",
    "weight": 1
  },
  {
    "name": "green",
    "weight": 2.5
  },
  "blue"
]
)"

response <- PUT(
  url,
  content_type("application/json"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
