require 'faraday'

url = 'https://api.example.com/v1/flags'
headers = {
  'X-Empty' => '',
  'X-Other' => 'set'
}

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, headers)

puts response.status
puts response.body
