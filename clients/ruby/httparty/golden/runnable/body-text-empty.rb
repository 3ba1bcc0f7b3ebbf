require 'httparty'

url = 'https://api.example.com/v1/ping'
headers = {
  'Content-Type' => 'text/plain'
}
payload = ''

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
