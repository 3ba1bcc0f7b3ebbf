require 'httparty'

url = 'https://api.example.com/v1/items'
headers = {
  'Authorization' => "Bearer #{ENV.fetch('API_TOKEN', 'tok"en,with=odd')}",
  'Accept' => 'not a media type',
  'User-Agent' => 'agent "quoted"',
  'If-None-Match' => 'etag-without-quotes'
}

response = HTTParty.get(
  url,
  headers: headers
)

puts response.code
puts response.body
