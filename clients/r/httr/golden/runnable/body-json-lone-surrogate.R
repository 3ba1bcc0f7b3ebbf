library(httr)

url <- "https://api.example.com/v1/echo"
payload <- r"(
{
  "key \udbff": "a \ud800 b",
  "list": [
    "\udc00",
    "paired 😀"
  ]
}
)"

response <- POST(
  url,
  content_type("application/json"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
