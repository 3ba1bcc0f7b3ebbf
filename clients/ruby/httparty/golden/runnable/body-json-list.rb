require 'json'
require 'httparty'

url = 'https://api.example.com/v1/tags'
headers = {
  'Content-Type' => 'application/json'
}
payload = JSON.generate([
  {
    'name' => 'red',
    'weight' => 1
  },
  {
    'name' => 'green',
    'weight' => 2.5
  },
  'blue'
])

response = HTTParty.put(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
