library(httr)

url <- "https://api.example.com/v1/upload"
payload <- list(
  note = "",
  empty = upload_file("files/empty.txt", type = "text/plain"),
  doc = upload_file("files/notes.txt", type = "text/plain")
)

response <- POST(
  url,
  body = payload,
  encode = "multipart"
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
