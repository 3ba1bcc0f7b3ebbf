require 'json'
require 'faraday'

url = 'https://api.example.com/v1/runs/42/rerun'
headers = {
  'Content-Type' => 'application/json'
}
payload = JSON.generate(nil)

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
