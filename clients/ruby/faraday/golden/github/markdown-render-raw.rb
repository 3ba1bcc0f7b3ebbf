require 'faraday'

url = 'https://api.github.com/markdown/raw'
headers = {
  'Content-Type' => 'text/plain'
}
payload = '{"text":"Hello **world**"}'

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
