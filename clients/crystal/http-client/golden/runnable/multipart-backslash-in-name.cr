require "http/client"

url = URI.parse("https://api.example.com/v1/upload")

headers = HTTP::Headers.new
io = IO::Memory.new
form = HTTP::FormData::Builder.new(io)
form.field "dir\\name", "x"
File.open("files/notes.txt") do |file|
  metadata = HTTP::FormData::FileMetadata.new(filename: "C:\\Users\\me\\notes.txt")
  part_headers = HTTP::Headers.new
  part_headers["Content-Type"] = "text/plain"
  form.file "file", file, metadata, part_headers
end
form.finish
headers["Content-Type"] = form.content_type
body = io.to_s

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
