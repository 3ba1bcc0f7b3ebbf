require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/tags")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Put.new(url)
request["Content-Type"] = 'application/json'
request.body = "[\n  {\n    \"name\": \"red\",\n    \"weight\": 1\n  },\n  {\n    \"name\": \"green\",\n    \"weight\": 2.5\n  },\n  \"blue\"\n]"

response = http.request(request)
puts response.read_body
