require 'uri'
require 'net/http'

url = URI("https://api.example.com/v2/events?type=push&type=pull_request&per_page=50&active=true")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Get.new(url)

response = http.request(request)
puts response.read_body
