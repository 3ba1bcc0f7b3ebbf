require 'faraday'

url = 'https://api.example.com/v1/logout'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded'
}
payload = ''

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
