require 'httparty'

url = 'https://api.example.com/v1/items/42'
headers = {
  'Accept' => 'application/json'
}

response = HTTParty.put(
  url,
  headers: headers
)

puts response.code
puts response.body
