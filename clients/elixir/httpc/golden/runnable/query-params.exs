{:ok, _} = Application.ensure_all_started(:inets)
{:ok, _} = Application.ensure_all_started(:ssl)

headers = []

# Verify the server's certificate (https) against the system's CA store.
http_options = [
  ssl: [
    verify: :verify_peer,
    cacerts: :public_key.cacerts_get(),
    customize_hostname_check: [match_fun: :public_key.pkix_verify_hostname_match_fun(:https)]
  ]
]

url = ~c"https://api.example.com/v1/search?q=rock%20%26%20roll%20%3D%20fun%20%2B%20100%25%20sure&tag=first&limit=10&tag=second&empty=&filter%5Bname%5D=Zo%C3%AB%20%C5%81ukasz%20%F0%9F%8E%B8&sort%5B%5D=-created&tag=third"

{:ok, {status_line, _headers, response_body}} =
  :httpc.request(
    :get,
    {url, headers},
    http_options,
    body_format: :binary
  )

{_version, status, _reason} = status_line
IO.puts(status)
IO.puts(response_body)
