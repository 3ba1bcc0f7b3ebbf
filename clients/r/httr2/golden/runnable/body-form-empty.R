library(httr2)

request <- request("https://api.example.com/v1/logout") |>
  # req_body_form() without fields fails in httr2 0.2 ("Query must be a named list").
  req_body_raw("", type = "application/x-www-form-urlencoded") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
