require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request["Content-Type"] = 'application/json'
request.body = "{\n  \"rtl\": \"abc\u202Edef\",\n  \"zero\u200Bwidth\": \"a\uFEFFb\u00A0c\u{E0041}d\u3164e\"\n}"

response = http.request(request)
puts response.read_body
