require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/items")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Get.new(url)
request["Authorization"] = 'Bearer tok"en,with=odd'
request["Accept"] = 'not a media type'
request["User-Agent"] = 'agent "quoted"'
request["If-None-Match"] = 'etag-without-quotes'

response = http.request(request)
puts response.read_body
