require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/raw")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Put.new(url)
request["Content-Type"] = 'text/plain; charset=utf-8'
request.body = "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n"

response = http.request(request)
puts response.read_body
