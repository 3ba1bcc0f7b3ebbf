require 'json'
require 'faraday'

url = 'https://api.example.com/v1/echo/a%E2%80%AEb'
params = {
  "q\u200B" => "x\u2066y\u2069z",
  'nbsp' => "a\u00A0b"
}
headers = {
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'rtl' => "abc\u202Edef",
  "zero\u200Bwidth" => "a\uFEFFb\u00A0c\u{E0041}d\u3164e"
})

# FlatParamsEncoder sends every name as written; the default encoder reads brackets (a[b], a[]) as nesting.
conn = Faraday.new(request: { params_encoder: Faraday::FlatParamsEncoder }) do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers) do |req|
  req.params = params
end

puts response.status
puts response.body
