library(httr)

url <- "https://api.example.com/v1/search?=a&=b%20c&q=x"

response <- GET(
  url
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
