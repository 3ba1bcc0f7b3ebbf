require 'net/http'

uri = URI('https://api.example.com/v1/search')
uri.query = URI.encode_www_form([
  ['', 'a'],
  ['', 'b c'],
  ['q', 'x']
])

request = Net::HTTP::Get.new(uri)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
