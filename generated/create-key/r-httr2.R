library(httr2)

payload <- r"(
{
  "name": "My New API Key",
  "limit": 50,
  "limit_reset": "monthly",
  "include_byok_in_limit": true
}
)"

request <- request("https://openrouter.ai/api/v1/keys") |>
  req_headers(
    Authorization = paste0("Bearer ", Sys.getenv("OPENROUTER_API_KEY", "<token>"))
  ) |>
  req_body_raw(payload, type = "application/json") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
