require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/upload")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request.set_form([
  ["title", "Q1"],
  ["report", File.open("files/data.csv"), { filename: "reports/2026/q1.csv", content_type: "text/csv" }]
], 'multipart/form-data')

response = http.request(request)
puts response.read_body
