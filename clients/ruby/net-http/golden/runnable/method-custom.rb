require 'net/http'

uri = URI('https://cdn.example.com/cache/images/logo.png')

request = Net::HTTPGenericRequest.new('PURGE', false, true, uri)
request['X-Purge-Reason'] = 'deploy'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
