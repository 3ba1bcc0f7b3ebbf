library(httr)

url <- "https://api.example.com/v1/filters"
payload <- list(
  tag = "red",
  tag = "red",
  tag = "blue"
)

response <- POST(
  url,
  content_type("application/x-www-form-urlencoded"),
  body = payload,
  encode = "form"
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
