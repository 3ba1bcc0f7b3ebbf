library(httr)

url <- "https://api.example.com/v1/me"

response <- GET(
  url,
  add_headers(
    Authorization = paste0("Bearer ", Sys.getenv("EXAMPLE_TOKEN", "<token>"))
  )
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
