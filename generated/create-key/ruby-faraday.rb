require 'json'
require 'faraday'

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

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
