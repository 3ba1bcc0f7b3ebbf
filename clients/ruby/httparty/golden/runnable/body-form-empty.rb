require 'httparty'

url = 'https://api.example.com/v1/logout'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded'
}
payload = ''

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
