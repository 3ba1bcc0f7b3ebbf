library(httr)

url <- "https://api.example.com/v1/login"
payload <- list(
  username = "jane@example.com",
  password = "p&ss=w+rd 100%",
  scope = "read",
  scope = "write",
  note = "é ☕ a+b=c&d"
)

response <- POST(
  url,
  content_type("application/x-www-form-urlencoded"),
  body = payload,
  encode = "form"
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
