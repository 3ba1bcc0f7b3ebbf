library(httr2)

payload <- r"(
null
)"

request <- request("https://api.example.com/v1/runs/42/rerun") |>
  req_body_raw(payload, type = "application/json") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
