require 'net/http'

uri = URI('https://api.example.com/v1/items/42')

request = Net::HTTP::Delete.new(uri)
request['Accept'] = 'application/json'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
