library(httr)

url <- "https://api.example.com/v1/upload"
payload <- list(
  title = "Quarterly report",
  description = "Line one, \"quoted\"; and ☕",
  avatar = upload_file("files/avatar.png", type = "image/png"),
  attachments = upload_file("files/notes.txt", type = "text/plain"),
  attachments = upload_file("files/data.csv", type = "text/csv")
)

response <- POST(
  url,
  body = payload,
  encode = "multipart",
  timeout(2.5)
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
