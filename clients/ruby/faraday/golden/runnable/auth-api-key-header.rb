require 'faraday'

url = 'https://api.example.com/v1/widgets'
headers = {
  'X-API-Key' => ENV.fetch('X_API_KEY', '<api-key>')
}

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, headers)

puts response.status
puts response.body
