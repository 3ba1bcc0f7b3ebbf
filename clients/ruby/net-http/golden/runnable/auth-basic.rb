require 'net/http'

uri = URI('https://api.example.com/v1/account')

request = Net::HTTP::Get.new(uri)
request.basic_auth(ENV.fetch('API_USERNAME', '<username>'), ENV.fetch('API_PASSWORD', '<password>'))

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
