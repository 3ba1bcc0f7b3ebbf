require 'json'
require 'httparty'

url = 'https://api.example.com/v1/items'
headers = {
    'Content-Type' => 'application/json'
}
payload = JSON.generate({
    'name' => 'widget',
    'count' => 3
})

response = HTTParty.post(
    url,
    headers: headers,
    body: payload
)

puts response.code
puts response.body
