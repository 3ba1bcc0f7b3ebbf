require 'net/http'

uri = URI('https://api.example.com/v1/widgets')

request = Net::HTTP::Get.new(uri)
request['X-API-Key'] = ENV.fetch('X_API_KEY', '<api-key>')

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
