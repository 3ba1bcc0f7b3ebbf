require 'faraday'

url = 'https://api.example.com/v1/me'
headers = {
  'Authorization' => "Bearer #{ENV.fetch('EXAMPLE_TOKEN', '<token>')}"
}

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, headers)

puts response.status
puts response.body
