require 'net/http'

uri = URI('https://api.example.com/v1/items')

request = Net::HTTP::Get.new(uri)
request['Authorization'] = "Bearer #{ENV.fetch('API_TOKEN', 'tok"en,with=odd')}"
request['Accept'] = 'not a media type'
request['User-Agent'] = 'agent "quoted"'
request['If-None-Match'] = 'etag-without-quotes'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
