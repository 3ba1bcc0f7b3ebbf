library(httr2)

payload <- "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é\nline one\nline two\r\nthen\ttab end\n"

request <- request("https://api.example.com/v1/raw") |>
  req_method("PUT") |>
  req_body_raw(payload, type = "text/plain; charset=utf-8") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
