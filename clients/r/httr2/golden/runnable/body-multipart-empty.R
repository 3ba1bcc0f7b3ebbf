library(httr2)

request <- request("https://api.example.com/v1/upload") |>
  # A form without fields is its close delimiter alone (curl would send no body at all).
  req_body_raw("--snipgen-empty-form--\r\n", type = "multipart/form-data; boundary=snipgen-empty-form") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
