library(httr)

url <- "https://api.example.com/v1/subscribe"
payload <- list(
  email = "jane@example.com",
  topic = "news & offers",
  topic = "é ☕"
)

response <- POST(
  url,
  content_type("application/x-www-form-urlencoded; charset=UTF-8"),
  body = payload,
  encode = "form"
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
