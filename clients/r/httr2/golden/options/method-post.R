library(httr2)

payload <- r"(
{
  "name": "widget",
  "count": 3
}
)"

request <- request("https://api.example.com/v1/items") |>
  req_body_raw(payload, type = "application/json") |>
  req_timeout(2.5) |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
