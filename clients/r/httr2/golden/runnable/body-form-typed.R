library(httr2)

request <- request("https://api.example.com/v1/subscribe") |>
  # req_body_form() would send its own Content-Type, without this one's parameters.
  req_body_raw("email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95", type = "application/x-www-form-urlencoded; charset=UTF-8") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
