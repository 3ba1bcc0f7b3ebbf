library(httr)

url <- "https://api.example.com/v1/upload"
# A form without fields is its close delimiter alone (curl would send no body at all).
payload <- "--snipgen-empty-form--\r\n"

response <- POST(
  url,
  content_type("multipart/form-data; boundary=snipgen-empty-form"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
