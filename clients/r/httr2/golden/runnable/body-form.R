library(httr2)

request <- request("https://api.example.com/v1/login") |>
  req_body_form(
    username = "jane@example.com",
    password = "p&ss=w+rd 100%",
    scope = "read",
    scope = "write",
    note = "é ☕ a+b=c&d"
  ) |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
