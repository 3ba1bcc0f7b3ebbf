{:ok, _} = Application.ensure_all_started(:inets)
{:ok, _} = Application.ensure_all_started(:ssl)

# The JSON text itself, so every number and key order is sent as written.
body = "{\"rtl\":\"abc\u{202E}def\",\"zero\u{200B}width\":\"a\u{FEFF}b\u{A0}c\u{E0041}d\u{3164}e\"}"

headers = []

# Verify the server's certificate (https) against the system's CA store.
http_options = [
  ssl: [
    verify: :verify_peer,
    cacerts: :public_key.cacerts_get(),
    customize_hostname_check: [match_fun: :public_key.pkix_verify_hostname_match_fun(:https)]
  ]
]

url = ~c"https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b"

{:ok, {status_line, _headers, response_body}} =
  :httpc.request(
    :post,
    {url, headers, ~c"application/json", body},
    http_options,
    body_format: :binary
  )

{_version, status, _reason} = status_line
IO.puts(status)
IO.puts(response_body)
