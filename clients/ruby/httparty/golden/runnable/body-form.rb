require 'httparty'

url = 'https://api.example.com/v1/login'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded'
}
payload = URI.encode_www_form([
  ['username', 'jane@example.com'],
  ['password', 'p&ss=w+rd 100%'],
  ['scope', 'read'],
  ['scope', 'write'],
  ['note', 'é ☕ a+b=c&d']
])

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
