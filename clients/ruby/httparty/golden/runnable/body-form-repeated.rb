require 'httparty'

url = 'https://api.example.com/v1/filters'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded'
}
payload = URI.encode_www_form([
  ['tag', 'red'],
  ['tag', 'red'],
  ['tag', 'blue']
])

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
