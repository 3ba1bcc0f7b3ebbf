library(httr)

url <- "https://api.example.com/v1/headers"

response <- GET(
  url,
  add_headers(
    Accept = "application/json",
    "X-Trace" = "first, second",
    "X-Quoted" = "say \"hi\" and it's fine",
    "X-Backslash" = "C:\\path\\to\\file \\n not a newline",
    "X-Dollar" = "$HOME ${x} #{x} `cmd` %s {{x}}"
  )
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
