require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/widgets")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Get.new(url)
request["Cookie"] = 'theme=dark; api_session=<session-key>'

response = http.request(request)
puts response.read_body
