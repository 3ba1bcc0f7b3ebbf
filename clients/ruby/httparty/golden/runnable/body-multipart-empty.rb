require 'httparty'

url = 'https://api.example.com/v1/upload'
payload = {}

response = HTTParty.post(
  url,
  body: payload,
  # Without multipart: true a Hash without files would go out as a form.
  multipart: true
)

puts response.code
puts response.body
