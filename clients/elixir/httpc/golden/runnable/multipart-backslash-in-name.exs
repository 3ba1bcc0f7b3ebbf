{:ok, _} = Application.ensure_all_started(:inets)
{:ok, _} = Application.ensure_all_started(:ssl)

# :httpc has no multipart encoder: the body is built by hand.
boundary = "----ElixirBoundary" <> Base.encode16(:crypto.strong_rand_bytes(12))

body =
  Enum.join([
    "--" <> boundary <> "\r\n" <> "Content-Disposition: form-data; name=\"dir\\name\"\r\n\r\n" <> "x" <> "\r\n",
    "--" <> boundary <> "\r\n" <> "Content-Disposition: form-data; name=\"file\"; filename=\"C:\\Users\\me\\notes.txt\"\r\nContent-Type: text/plain\r\n\r\n" <> File.read!("files/notes.txt") <> "\r\n",
    "--" <> boundary <> "--\r\n"
  ])

headers = []

# Verify the server's certificate (https) against the system's CA store.
http_options = [
  ssl: [
    verify: :verify_peer,
    cacerts: :public_key.cacerts_get(),
    customize_hostname_check: [match_fun: :public_key.pkix_verify_hostname_match_fun(:https)]
  ]
]

url = ~c"https://api.example.com/v1/upload"

{:ok, {status_line, _headers, response_body}} =
  :httpc.request(
    :post,
    {url, headers, ~c"multipart/form-data; boundary=" ++ String.to_charlist(boundary), body},
    http_options,
    body_format: :binary
  )

{_version, status, _reason} = status_line
IO.puts(status)
IO.puts(response_body)
