require 'httparty'

url = 'https://api.example.com/v1/subscribe'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded; charset=UTF-8'
}
payload = URI.encode_www_form([
  ['email', 'jane@example.com'],
  ['topic', 'news & offers'],
  ['topic', 'é ☕']
])

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
