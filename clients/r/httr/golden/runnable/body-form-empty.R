library(httr)

url <- "https://api.example.com/v1/logout"
payload <- list(
)

response <- POST(
  url,
  content_type("application/x-www-form-urlencoded"),
  body = payload,
  encode = "form"
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
