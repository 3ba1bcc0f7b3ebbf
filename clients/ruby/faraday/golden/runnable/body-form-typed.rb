require 'uri'
require 'faraday'

url = 'https://api.example.com/v1/subscribe'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded; charset=UTF-8'
}
payload = URI.encode_www_form([
  ['email', 'jane@example.com'],
  ['topic', 'news & offers'],
  ['topic', 'é ☕']
])

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
