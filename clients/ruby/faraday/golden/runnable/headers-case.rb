require 'faraday'

url = 'https://api.example.com/v1/headers'
headers = {
  'accept' => 'application/json',
  'X-Trace' => 'first, second',
  'user-agent' => 'docs-example/1.0'
}

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, headers)

puts response.status
puts response.body
