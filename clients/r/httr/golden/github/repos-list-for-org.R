library(httr)

url <- "https://api.github.com/orgs/ORG/repos"

response <- GET(
  url
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
