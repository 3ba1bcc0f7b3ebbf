require 'faraday'

url = 'https://api.example.com/v1/items'
headers = {
  'Authorization' => "Bearer #{ENV.fetch('API_TOKEN', 'tok"en,with=odd')}",
  'Accept' => 'not a media type',
  'User-Agent' => 'agent "quoted"',
  'If-None-Match' => 'etag-without-quotes'
}

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, headers)

puts response.status
puts response.body
