library(httr2)

request <- request("https://cdn.example.com/cache/images/logo.png") |>
  req_method("PURGE") |>
  req_headers(
    "X-Purge-Reason" = "deploy"
  ) |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
