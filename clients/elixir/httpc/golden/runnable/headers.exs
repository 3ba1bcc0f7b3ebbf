{:ok, _} = Application.ensure_all_started(:inets)
{:ok, _} = Application.ensure_all_started(:ssl)

headers = [
  {~c"Accept", ~c"application/json"},
  {~c"X-Trace", ~c"first"},
  {~c"X-Quoted", ~c"say \"hi\" and it's fine"},
  {~c"X-Backslash", ~c"C:\\path\\to\\file \\n not a newline"},
  {~c"X-Trace", ~c"second"},
  {~c"X-Dollar", ~c"$HOME ${x} \#{x} `cmd` %s {{x}}"},
]

# Verify the server's certificate (https) against the system's CA store.
http_options = [
  ssl: [
    verify: :verify_peer,
    cacerts: :public_key.cacerts_get(),
    customize_hostname_check: [match_fun: :public_key.pkix_verify_hostname_match_fun(:https)]
  ]
]

url = ~c"https://api.example.com/v1/headers"

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
