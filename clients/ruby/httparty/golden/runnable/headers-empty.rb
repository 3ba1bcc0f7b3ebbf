require 'httparty'

url = 'https://api.example.com/v1/flags'
headers = {
  'X-Empty' => '',
  'X-Other' => 'set'
}

response = HTTParty.get(
  url,
  headers: headers
)

puts response.code
puts response.body
