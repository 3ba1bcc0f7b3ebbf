require 'net/http'

uri = URI('https://api.example.com/v1/filters')

request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/x-www-form-urlencoded'
request.body = URI.encode_www_form([
  ['tag', 'red'],
  ['tag', 'red'],
  ['tag', 'blue']
])

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
