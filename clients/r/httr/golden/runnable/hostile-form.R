library(httr)

url <- "https://api.example.com/v1/forms"
payload <- list(
  mix = "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é",
  "k'\"\\$`{{x}}" = "line one\nline two\r\nthen\ttab end",
  mix = "again"
)

response <- POST(
  url,
  content_type("application/x-www-form-urlencoded"),
  body = payload,
  encode = "form"
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
