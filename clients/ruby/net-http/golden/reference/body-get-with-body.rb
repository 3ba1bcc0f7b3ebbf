require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/search")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Get.new(url)
request["Content-Type"] = 'application/json'
request.body = "{\n  \"query\": {\n    \"match\": {\n      \"title\": \"snippets\"\n    }\n  },\n  \"size\": 10\n}"

response = http.request(request)
puts response.read_body
