require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/session")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Get.new(url)
request["Cookie"] = 'session_id=abc123; theme=dark; lang=en-GB'

response = http.request(request)
puts response.read_body
