library(httr2)

request <- request("https://api.example.com/v1/upload") |>
  req_body_multipart(
    note = "",
    empty = curl::form_file("files/empty.txt", type = "text/plain"),
    doc = curl::form_file("files/notes.txt", type = "text/plain")
  ) |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
