library(httr)

url <- "https://api.example.com/v1/notes"
payload <- "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n"

response <- POST(
  url,
  content_type("text/plain; charset=utf-8"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
