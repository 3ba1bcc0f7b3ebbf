require 'json'
require 'faraday'

url = 'https://api.example.com/v1/tags'
headers = {
  'Content-Type' => 'application/json'
}
payload = JSON.generate([
  {
    'name' => 'red',
    'weight' => 1
  },
  {
    'name' => 'green',
    'weight' => 2.5
  },
  'blue'
])

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:put, url, payload, headers)

puts response.status
puts response.body
