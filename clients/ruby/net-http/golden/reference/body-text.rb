require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/notes")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request["Content-Type"] = 'text/plain; charset=utf-8'
request.body = "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n"

response = http.request(request)
puts response.read_body
