require 'httparty'

url = 'https://api.github.com/markdown/raw'
headers = {
  'Content-Type' => 'text/plain'
}
payload = '{"text":"Hello **world**"}'

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
