require 'net/http'

uri = URI('https://api.example.com/v1/headers')

request = Net::HTTP::Get.new(uri)
request['accept'] = 'application/json'
request['X-Trace'] = 'first'
request.add_field('X-Trace', 'second')
request['user-agent'] = 'docs-example/1.0'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
