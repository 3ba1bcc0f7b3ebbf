library(httr2)

request <- request("https://api.example.com/v1/headers") |>
  req_headers(
    accept = "application/json",
    "X-Trace" = "first, second",
    "user-agent" = "docs-example/1.0"
  ) |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
