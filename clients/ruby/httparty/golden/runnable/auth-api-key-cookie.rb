require 'httparty'

url = 'https://api.example.com/v1/widgets'
headers = {
  'Cookie' => "theme=dark; api_session=#{ENV.fetch('API_SESSION', '<session-key>')}"
}

response = HTTParty.get(
  url,
  headers: headers
)

puts response.code
puts response.body
