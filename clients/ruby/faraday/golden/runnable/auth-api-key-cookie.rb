require 'faraday'

url = 'https://api.example.com/v1/widgets'
headers = {
  'Cookie' => "theme=dark; api_session=#{ENV.fetch('API_SESSION', '<session-key>')}"
}

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, headers)

puts response.status
puts response.body
