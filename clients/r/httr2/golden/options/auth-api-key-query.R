library(httr2)

request <- request(paste0("https://api.example.com/v1/widgets?page=2&api_key=", curl::curl_escape(Sys.getenv("EXAMPLE_API_KEY", "<api-key>")))) |>
  req_timeout(2.5) |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
