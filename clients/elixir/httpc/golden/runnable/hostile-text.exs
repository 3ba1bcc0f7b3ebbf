{:ok, _} = Application.ensure_all_started(:inets)
{:ok, _} = Application.ensure_all_started(:ssl)

body = "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é\nline one\nline two\r\nthen\ttab end\n"

headers = []

# Verify the server's certificate (https) against the system's CA store.
http_options = [
  ssl: [
    verify: :verify_peer,
    cacerts: :public_key.cacerts_get(),
    customize_hostname_check: [match_fun: :public_key.pkix_verify_hostname_match_fun(:https)]
  ]
]

url = ~c"https://api.example.com/v1/raw"

{:ok, {status_line, _headers, response_body}} =
  :httpc.request(
    :put,
    {url, headers, ~c"text/plain; charset=utf-8", body},
    http_options,
    body_format: :binary
  )

{_version, status, _reason} = status_line
IO.puts(status)
IO.puts(response_body)
