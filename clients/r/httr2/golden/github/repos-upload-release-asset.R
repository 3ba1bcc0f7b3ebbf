library(httr2)

request <- request("https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME") |>
  req_body_file("body.bin", type = "application/octet-stream") |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
