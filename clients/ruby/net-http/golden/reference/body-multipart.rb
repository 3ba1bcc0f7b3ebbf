require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/upload")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request.set_form([
  ["title", "Quarterly report"],
  ["description", "Line one, \"quoted\"; and ☕"],
  ["avatar", File.open("files/avatar.png"), { filename: "avatar.png", content_type: "image/png" }],
  ["attachments", File.open("files/notes.txt"), { filename: "notes.txt", content_type: "text/plain" }],
  ["attachments", File.open("files/data.csv"), { filename: "data.csv", content_type: "text/csv" }]
], 'multipart/form-data')

response = http.request(request)
puts response.read_body
