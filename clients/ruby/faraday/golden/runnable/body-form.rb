require 'uri'
require 'faraday'

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

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
