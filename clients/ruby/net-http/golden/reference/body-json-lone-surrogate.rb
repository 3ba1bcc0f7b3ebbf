require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/echo")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request["Content-Type"] = 'application/json'
request.body = "{\n  \"key \\udbff\": \"a \\ud800 b\",\n  \"list\": [\n    \"\\udc00\",\n    \"paired 😀\"\n  ]\n}"

response = http.request(request)
puts response.read_body
