library(httr2)

request <- request("https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
