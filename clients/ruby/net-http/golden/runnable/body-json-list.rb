require 'json'
require 'net/http'

uri = URI('https://api.example.com/v1/tags')
payload = [
  {
    'name' => 'red',
    'weight' => 1
  },
  {
    'name' => 'green',
    'weight' => 2.5
  },
  'blue'
]

request = Net::HTTP::Put.new(uri)
request['Content-Type'] = 'application/json'
request.body = JSON.generate(payload)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
