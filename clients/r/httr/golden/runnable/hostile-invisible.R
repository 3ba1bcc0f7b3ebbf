library(httr)

url <- "https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b"
payload <- "{\"rtl\":\"abc\u{202e}def\",\"zero\u{200b}width\":\"a\u{feff}b\u{00a0}c\U{e0041}d\u{3164}e\"}"

response <- POST(
  url,
  content_type("application/json"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
