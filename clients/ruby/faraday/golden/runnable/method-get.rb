require 'faraday'

url = 'https://api.example.com/v1/items/42'
headers = {
  'Accept' => 'application/json'
}

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, headers)

puts response.status
puts response.body
