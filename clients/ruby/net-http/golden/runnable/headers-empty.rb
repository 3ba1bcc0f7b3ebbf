require 'net/http'

uri = URI('https://api.example.com/v1/flags')

request = Net::HTTP::Get.new(uri)
request['X-Empty'] = ''
request['X-Other'] = 'set'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
