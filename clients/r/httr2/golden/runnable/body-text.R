library(httr2)

payload <- "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n"

request <- request("https://api.example.com/v1/notes") |>
  req_body_raw(payload, type = "text/plain; charset=utf-8") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
