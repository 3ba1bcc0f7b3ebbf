require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/blobs/logo")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Put.new(url)
request["Content-Type"] = 'image/png'
request.body = File.binread("files/avatar.png")

response = http.request(request)
puts response.read_body
