require 'faraday'

url = 'https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b'

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, nil)

puts response.status
puts response.body
