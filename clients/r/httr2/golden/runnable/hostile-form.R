library(httr2)

request <- request("https://api.example.com/v1/forms") |>
  req_body_form(
    mix = "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é",
    "k'\"\\$`{{x}}" = "line one\nline two\r\nthen\ttab end",
    mix = "again"
  ) |>
  # Return an error status's response instead of raising it.
  req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
