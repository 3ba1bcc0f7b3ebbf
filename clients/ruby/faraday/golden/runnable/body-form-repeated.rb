require 'uri'
require 'faraday'

url = 'https://api.example.com/v1/filters'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded'
}
payload = URI.encode_www_form([
  ['tag', 'red'],
  ['tag', 'red'],
  ['tag', 'blue']
])

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
