require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/search?=a&=b%20c&q=x")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Get.new(url)

response = http.request(request)
puts response.read_body
