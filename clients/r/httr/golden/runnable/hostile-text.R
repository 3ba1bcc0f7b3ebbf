library(httr)

url <- "https://api.example.com/v1/raw"
payload <- "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é\nline one\nline two\r\nthen\ttab end\n"

response <- PUT(
  url,
  content_type("text/plain; charset=utf-8"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
