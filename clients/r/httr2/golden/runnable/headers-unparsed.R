library(httr2)

request <- request("https://api.example.com/v1/items") |>
  req_headers(
    Authorization = paste0("Bearer ", Sys.getenv("API_TOKEN", "tok\"en,with=odd")),
    Accept = "not a media type",
    "User-Agent" = "agent \"quoted\"",
    "If-None-Match" = "etag-without-quotes"
  ) |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
