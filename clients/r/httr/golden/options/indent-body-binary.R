library(httr)

url <- "https://api.example.com/v1/blobs/logo"
payload <- upload_file("files/avatar.png")

response <- PUT(
    url,
    content_type("image/png"),
    body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
