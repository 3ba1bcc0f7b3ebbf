require 'net/http'

uri = URI('https://api.example.com/v1/echo')

request = Net::HTTPGenericRequest.new('TRACE', false, true, uri)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
