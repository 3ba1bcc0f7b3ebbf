{:ok, _} = Application.ensure_all_started(:inets)
{:ok, _} = Application.ensure_all_started(:ssl)

body = "username=jane%40example.com&password=p%26ss%3Dw%2Brd+100%25&scope=read&scope=write&note=%C3%A9+%E2%98%95+a%2Bb%3Dc%26d"

headers = []

# Verify the server's certificate (https) against the system's CA store.
http_options = [
  ssl: [
    verify: :verify_peer,
    cacerts: :public_key.cacerts_get(),
    customize_hostname_check: [match_fun: :public_key.pkix_verify_hostname_match_fun(:https)]
  ]
]

url = ~c"https://api.example.com/v1/login"

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
