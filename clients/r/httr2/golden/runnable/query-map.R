library(httr2)

request <- request("https://api.example.com/v2/events?type=push&type=pull_request&per_page=50&active=true") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
