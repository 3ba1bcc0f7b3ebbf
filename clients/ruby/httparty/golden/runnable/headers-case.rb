require 'httparty'

url = 'https://api.example.com/v1/headers'
headers = {
  'accept' => 'application/json',
  'X-Trace' => 'first, second',
  'user-agent' => 'docs-example/1.0'
}

response = HTTParty.get(
  url,
  headers: headers
)

puts response.code
puts response.body
