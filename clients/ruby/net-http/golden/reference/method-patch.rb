require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/items/42")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Patch.new(url)
request["If-Match"] = '"etag-1"'
request["Content-Type"] = 'application/json'
request.body = "{\n  \"count\": 4\n}"

response = http.request(request)
puts response.read_body
