require 'net/http'

uri = URI('https://api.example.com/v1/echo')
# A Ruby string cannot hold a lone surrogate (JSON.generate raises): the body is its JSON text, which escapes it.
payload = '{"key \\udbff":"a \\ud800 b","list":["\\udc00","paired 😀"]}'

request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request.body = payload

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
