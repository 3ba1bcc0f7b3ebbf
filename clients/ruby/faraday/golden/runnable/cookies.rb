require 'faraday'

url = 'https://api.example.com/v1/session'
headers = {
  'Cookie' => 'session_id=abc123; theme=dark; lang=en-GB'
}

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, headers)

puts response.status
puts response.body
