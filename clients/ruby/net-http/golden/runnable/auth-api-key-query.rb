require 'net/http'

uri = URI('https://api.example.com/v1/widgets')
uri.query = URI.encode_www_form([
  ['page', '2'],
  ['api_key', ENV.fetch('EXAMPLE_API_KEY', '<api-key>')]
])

request = Net::HTTP::Get.new(uri)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
