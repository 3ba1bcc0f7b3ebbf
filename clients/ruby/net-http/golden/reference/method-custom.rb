require 'uri'
require 'net/http'

url = URI("https://cdn.example.com/cache/images/logo.png")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTPGenericRequest.new("PURGE", false, true, url)
request["X-Purge-Reason"] = 'deploy'

response = http.request(request)
puts response.read_body
