require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/filters")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request["Content-Type"] = 'application/x-www-form-urlencoded'
request.body = "tag=red&tag=red&tag=blue"

response = http.request(request)
puts response.read_body
