library(httr)

url <- "https://api.example.com/v1/account"

response <- GET(
  url,
  authenticate(Sys.getenv("API_USERNAME", "<username>"), Sys.getenv("API_PASSWORD", "<password>"))
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
