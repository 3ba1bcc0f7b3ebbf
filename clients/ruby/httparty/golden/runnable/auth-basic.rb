require 'httparty'

url = 'https://api.example.com/v1/account'
headers = {
  'Authorization' => "Basic #{["#{ENV.fetch('API_USERNAME', '<username>')}:#{ENV.fetch('API_PASSWORD', '<password>')}"].pack('m0')}"
}

response = HTTParty.get(
  url,
  headers: headers
)

puts response.code
puts response.body
