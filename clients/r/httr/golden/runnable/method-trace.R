library(httr)

url <- "https://api.example.com/v1/echo"

response <- VERB(
  "TRACE",
  url
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
