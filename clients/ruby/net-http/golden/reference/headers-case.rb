require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/headers")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Get.new(url)
request["accept"] = 'application/json'
request["X-Trace"] = 'first, second'
request["user-agent"] = 'docs-example/1.0'

response = http.request(request)
puts response.read_body
