require 'httparty'

url = 'https://api.example.com/v1/me'
headers = {
  'Authorization' => "Bearer #{ENV.fetch('EXAMPLE_TOKEN', '<token>')}"
}

response = HTTParty.get(
  url,
  headers: headers
)

puts response.code
puts response.body
