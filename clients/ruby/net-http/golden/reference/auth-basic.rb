require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/account")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Get.new(url)
request["Authorization"] = 'Basic PHVzZXJuYW1lPjo8cGFzc3dvcmQ+'

response = http.request(request)
puts response.read_body
