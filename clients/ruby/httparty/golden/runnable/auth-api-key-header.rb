require 'httparty'

url = 'https://api.example.com/v1/widgets'
headers = {
  'X-API-Key' => ENV.fetch('X_API_KEY', '<api-key>')
}

response = HTTParty.get(
  url,
  headers: headers
)

puts response.code
puts response.body
