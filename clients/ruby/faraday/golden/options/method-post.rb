require 'json'
require 'faraday'

url = 'https://api.example.com/v1/items'
headers = {
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'name' => 'widget',
  'count' => 3
})

conn = Faraday.new(request: { timeout: 2.5 }) do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
