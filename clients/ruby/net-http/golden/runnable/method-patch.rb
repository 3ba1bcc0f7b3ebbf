require 'json'
require 'net/http'

uri = URI('https://api.example.com/v1/items/42')
payload = {
  'count' => 4
}

request = Net::HTTP::Patch.new(uri)
request['If-Match'] = '"etag-1"'
request['Content-Type'] = 'application/json'
request.body = JSON.generate(payload)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
