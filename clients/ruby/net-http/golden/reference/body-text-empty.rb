require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/ping")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request["Content-Type"] = 'text/plain'
request.body = ""

response = http.request(request)
puts response.read_body
