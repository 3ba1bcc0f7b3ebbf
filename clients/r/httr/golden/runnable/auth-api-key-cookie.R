library(httr)

url <- "https://api.example.com/v1/widgets"

response <- GET(
  url,
  add_headers(
    Cookie = paste0("theme=dark; api_session=", Sys.getenv("API_SESSION", "<session-key>"))
  )
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
