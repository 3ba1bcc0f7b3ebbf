require 'httparty'

url = 'https://api.example.com/v1/echo'
headers = {
  'Content-Type' => 'application/json'
}
# A Ruby string cannot hold a lone surrogate (JSON.generate raises): the body is its JSON text, which escapes it.
payload = '{"key \\udbff":"a \\ud800 b","list":["\\udc00","paired 😀"]}'

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
