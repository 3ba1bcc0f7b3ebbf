require 'httparty'

url = 'https://api.example.com/v1/session'
headers = {
  'Cookie' => 'session_id=abc123; theme=dark; lang=en-GB'
}

response = HTTParty.get(
  url,
  headers: headers
)

puts response.code
puts response.body
