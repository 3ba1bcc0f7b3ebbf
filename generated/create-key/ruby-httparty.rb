require 'json'
require 'httparty'

url = 'https://openrouter.ai/api/v1/keys'
headers = {
  'Authorization' => "Bearer #{ENV.fetch('OPENROUTER_API_KEY', '<token>')}",
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'name' => 'My New API Key',
  'limit' => 50,
  'limit_reset' => 'monthly',
  'include_byok_in_limit' => true
})

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
