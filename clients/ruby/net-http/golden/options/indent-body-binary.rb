require 'net/http'

uri = URI('https://api.example.com/v1/blobs/logo')

request = Net::HTTP::Put.new(uri)
request['Content-Type'] = 'image/png'
request.body = File.binread('files/avatar.png')

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
    http.request(request)
end

puts response.code
puts response.body
