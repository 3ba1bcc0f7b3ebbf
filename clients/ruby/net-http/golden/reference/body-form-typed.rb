require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/subscribe")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request["Content-Type"] = 'application/x-www-form-urlencoded; charset=UTF-8'
request.body = "email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95"

response = http.request(request)
puts response.read_body
