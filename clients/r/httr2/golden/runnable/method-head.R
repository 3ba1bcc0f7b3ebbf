library(httr2)

request <- request("https://api.example.com/v1/items/42") |>
  req_method("HEAD") |>
  req_headers(
    Accept = "application/json"
  ) |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
# A HEAD response has no body (resp_body_string() raises on an empty one).
