library(httr2)

request <- request("https://api.example.com/v1/headers") |>
  req_headers(
    Accept = "application/json",
    "X-Trace" = "first, second",
    "X-Quoted" = "say \"hi\" and it's fine",
    "X-Backslash" = "C:\\path\\to\\file \\n not a newline",
    "X-Dollar" = "$HOME ${x} #{x} `cmd` %s {{x}}"
  ) |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
