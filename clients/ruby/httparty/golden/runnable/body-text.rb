require 'httparty'

url = 'https://api.example.com/v1/notes'
headers = {
  'Content-Type' => 'text/plain; charset=utf-8'
}
payload = "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n"

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
