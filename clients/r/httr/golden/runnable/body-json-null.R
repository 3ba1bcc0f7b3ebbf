library(httr)

url <- "https://api.example.com/v1/runs/42/rerun"
payload <- r"(
null
)"

response <- POST(
  url,
  content_type("application/json"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
