library(httr)

url <- "https://openrouter.ai/api/v1/keys"
payload <- r"(
{
  "name": "My New API Key",
  "limit": 50,
  "limit_reset": "monthly",
  "include_byok_in_limit": true
}
)"

response <- POST(
  url,
  add_headers(
    Authorization = paste0("Bearer ", Sys.getenv("OPENROUTER_API_KEY", "<token>"))
  ),
  content_type("application/json"),
  body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
