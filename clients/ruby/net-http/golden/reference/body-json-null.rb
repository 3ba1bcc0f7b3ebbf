require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/runs/42/rerun")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request["Content-Type"] = 'application/json'
request.body = "null"

response = http.request(request)
puts response.read_body
