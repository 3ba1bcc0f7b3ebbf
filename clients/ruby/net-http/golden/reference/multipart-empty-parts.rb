require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/upload")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request.set_form([
  ["note", ""],
  ["empty", File.open("files/empty.txt"), { filename: "empty.txt", content_type: "text/plain" }],
  ["doc", File.open("files/notes.txt"), { filename: "notes.txt", content_type: "text/plain" }]
], 'multipart/form-data')

response = http.request(request)
puts response.read_body
