require 'json'
require 'httparty'

url = 'https://api.example.com/v1/items/42'
headers = {
  'If-Match' => '"etag-1"',
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'count' => 4
})

response = HTTParty.patch(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
