{:ok, _} = Application.ensure_all_started(:inets)
{:ok, _} = Application.ensure_all_started(:ssl)

body = "tag=red&tag=red&tag=blue"

headers = []

# Verify the server's certificate (https) against the system's CA store.
http_options = [
  ssl: [
    verify: :verify_peer,
    cacerts: :public_key.cacerts_get(),
    customize_hostname_check: [match_fun: :public_key.pkix_verify_hostname_match_fun(:https)]
  ]
]

url = ~c"https://api.example.com/v1/filters"

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
