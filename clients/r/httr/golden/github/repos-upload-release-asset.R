library(httr)

url <- "https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME"
payload <- upload_file("body.bin")

response <- POST(
  url,
  content_type("application/octet-stream"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
