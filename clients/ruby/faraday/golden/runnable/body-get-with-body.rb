require 'json'
require 'faraday'

url = 'https://api.example.com/v1/search'
headers = {
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'query' => {
    'match' => {
      'title' => 'snippets'
    }
  },
  'size' => 10
})

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, payload, headers)

puts response.status
puts response.body
