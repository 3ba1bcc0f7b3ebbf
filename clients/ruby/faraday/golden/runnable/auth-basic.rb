require 'faraday'

url = 'https://api.example.com/v1/account'
headers = {
  'Authorization' => "Basic #{["#{ENV.fetch('API_USERNAME', '<username>')}:#{ENV.fetch('API_PASSWORD', '<password>')}"].pack('m0')}"
}

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, headers)

puts response.status
puts response.body
