require 'json'
require 'httparty'

url = 'https://api.example.com/v1/runs/42/rerun'
headers = {
  'Content-Type' => 'application/json'
}
payload = JSON.generate(nil)

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
