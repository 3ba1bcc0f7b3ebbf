library(httr)

url <- "https://api.example.com/v2/events?type=push&type=pull_request&per_page=50&active=true"

response <- GET(
  url
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
