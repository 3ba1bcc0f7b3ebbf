library(httr2)

request <- request("https://api.example.com/v1/upload") |>
  req_body_multipart(
    title = "Quarterly report",
    description = "Line one, \"quoted\"; and ☕",
    avatar = curl::form_file("files/avatar.png", type = "image/png"),
    attachments = curl::form_file("files/notes.txt", type = "text/plain"),
    attachments = curl::form_file("files/data.csv", type = "text/csv")
  ) |>
  req_timeout(2.5) |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
