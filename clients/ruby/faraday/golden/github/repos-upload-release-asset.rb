require 'faraday'

url = 'https://uploads.github.com/repos/OWNER/REPO/releases/0/assets'
params = {
  'name' => 'NAME'
}
headers = {
  'Content-Type' => 'application/octet-stream'
}
payload = File.binread('body.bin')

# FlatParamsEncoder sends every name as written; the default encoder reads brackets (a[b], a[]) as nesting.
conn = Faraday.new(request: { params_encoder: Faraday::FlatParamsEncoder }) do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers) do |req|
  req.params = params
end

puts response.status
puts response.body
