{:ok, _} = Application.ensure_all_started(:inets)
{:ok, _} = Application.ensure_all_started(:ssl)

body = "mix=it%27s+a+%22mix%22+of+%5C+%24HOME+%24%7Bx%7D+%23%7Bx%7D+%5C%28x%29+%25s+%7B%7Bx%7D%7D+%60cmd%60+*%2F+%3F%3E+%22%22%22+%E2%80%A8+%F0%9F%98%80+%C3%A9&k%27%22%5C%24%60%7B%7Bx%7D%7D=line+one%0Aline+two%0D%0Athen%09tab+end&mix=again"

headers = []

# Verify the server's certificate (https) against the system's CA store.
http_options = [
  ssl: [
    verify: :verify_peer,
    cacerts: :public_key.cacerts_get(),
    customize_hostname_check: [match_fun: :public_key.pkix_verify_hostname_match_fun(:https)]
  ]
]

url = ~c"https://api.example.com/v1/forms"

{:ok, {status_line, _headers, response_body}} =
  :httpc.request(
    :post,
    {url, headers, ~c"application/x-www-form-urlencoded", body},
    http_options,
    body_format: :binary
  )

{_version, status, _reason} = status_line
IO.puts(status)
IO.puts(response_body)
