library(httr)

url <- paste0("https://api.example.com/v1/widgets?page=2&api_key=", curl::curl_escape(Sys.getenv("EXAMPLE_API_KEY", "<api-key>")))

response <- GET(
  url,
  timeout(2.5)
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
