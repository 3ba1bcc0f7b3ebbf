require 'json'
require 'faraday'

url = 'https://api.example.com/v1/items/42'
headers = {
  'If-Match' => '"etag-1"',
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'count' => 4
})

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:patch, url, payload, headers)

puts response.status
puts response.body
