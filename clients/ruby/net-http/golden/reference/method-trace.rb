require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/echo")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTPGenericRequest.new("TRACE", false, true, url)

response = http.request(request)
puts response.read_body
