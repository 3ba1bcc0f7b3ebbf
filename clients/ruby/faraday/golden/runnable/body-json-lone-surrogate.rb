require 'faraday'

url = 'https://api.example.com/v1/echo'
headers = {
  'Content-Type' => 'application/json'
}
# A Ruby string cannot hold a lone surrogate (JSON.generate raises): the body is its JSON text, which escapes it.
payload = '{"key \\udbff":"a \\ud800 b","list":["\\udc00","paired 😀"]}'

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
