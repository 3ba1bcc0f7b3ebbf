require "http/client"

url = URI.parse("https://api.example.com/v1/upload")

headers = HTTP::Headers.new
io = IO::Memory.new
form = HTTP::FormData::Builder.new(io)
form.field "title", "Q1"
File.open("files/data.csv") do |file|
  metadata = HTTP::FormData::FileMetadata.new(filename: "reports/2026/q1.csv")
  part_headers = HTTP::Headers.new
  part_headers["Content-Type"] = "text/csv"
  form.file "report", file, metadata, part_headers
end
form.finish
headers["Content-Type"] = form.content_type
body = io.to_s

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
