require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/flags")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Get.new(url)
request["X-Empty"] = ''
request["X-Other"] = 'set'

response = http.request(request)
puts response.read_body
