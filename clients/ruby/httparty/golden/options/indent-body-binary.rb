require 'httparty'

url = 'https://api.example.com/v1/blobs/logo'
headers = {
    'Content-Type' => 'image/png'
}
payload = File.binread('files/avatar.png')

response = HTTParty.put(
    url,
    headers: headers,
    body: payload
)

puts response.code
puts response.body
