require 'net/http'

uri = URI('https://api.example.com/v1/session')

request = Net::HTTP::Get.new(uri)
request['Cookie'] = 'session_id=abc123; theme=dark; lang=en-GB'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
