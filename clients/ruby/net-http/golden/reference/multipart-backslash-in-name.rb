require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/upload")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request.set_form([
  ["dir\\name", "x"],
  ["file", File.open("files/notes.txt"), { filename: "C:\\Users\\me\\notes.txt", content_type: "text/plain" }]
], 'multipart/form-data')

response = http.request(request)
puts response.read_body
