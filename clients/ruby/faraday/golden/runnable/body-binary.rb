require 'faraday'

url = 'https://api.example.com/v1/blobs/logo'
headers = {
  'Content-Type' => 'image/png'
}
payload = File.binread('files/avatar.png')

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:put, url, payload, headers)

puts response.status
puts response.body
