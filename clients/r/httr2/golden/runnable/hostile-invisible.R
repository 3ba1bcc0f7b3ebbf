library(httr2)

payload <- "{\"rtl\":\"abc\u{202e}def\",\"zero\u{200b}width\":\"a\u{feff}b\u{00a0}c\U{e0041}d\u{3164}e\"}"

request <- request("https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b") |>
  req_body_raw(payload, type = "application/json") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
