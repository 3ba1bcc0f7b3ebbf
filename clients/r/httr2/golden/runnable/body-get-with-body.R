library(httr2)

payload <- r"(
{
  "query": {
    "match": {
      "title": "snippets"
    }
  },
  "size": 10
}
)"

request <- request("https://api.example.com/v1/search") |>
  req_method("GET") |>
  req_body_raw(payload, type = "application/json") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
