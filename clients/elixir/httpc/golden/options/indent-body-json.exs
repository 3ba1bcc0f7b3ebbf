{:ok, _} = Application.ensure_all_started(:inets)
{:ok, _} = Application.ensure_all_started(:ssl)

# The JSON text itself, so every number and key order is sent as written.
body = "{\"title\":\"Ünïcödé — 日本語 and emoji 🎉😀\",\"nested\":{\"list\":[1,\"two\",3.5,null,true,false],\"object\":{\"deep\":{\"deeper\":[{\"a\":1},[]]}}},\"empty_object\":{},\"empty_list\":[],\"nothing\":null,\"yes\":true,\"no\":false,\"big\":9007199254740993,\"negative_big\":-12345678901234567890,\"float\":3.14159,\"negative\":-7,\"zero\":0}"

headers = []

# Verify the server's certificate (https) against the system's CA store.
http_options = [
    ssl: [
        verify: :verify_peer,
        cacerts: :public_key.cacerts_get(),
        customize_hostname_check: [match_fun: :public_key.pkix_verify_hostname_match_fun(:https)]
    ]
]

url = ~c"https://api.example.com/v1/documents"

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
