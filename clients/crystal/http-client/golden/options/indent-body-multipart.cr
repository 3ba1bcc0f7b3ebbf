require "http/client"

url = URI.parse("https://api.example.com/v1/upload")

headers = HTTP::Headers.new
io = IO::Memory.new
form = HTTP::FormData::Builder.new(io)
form.field "title", "Quarterly report"
form.field "description", "Line one, \"quoted\"; and ☕"
File.open("files/avatar.png") do |file|
    metadata = HTTP::FormData::FileMetadata.new(filename: "avatar.png")
    part_headers = HTTP::Headers.new
    part_headers["Content-Type"] = "image/png"
    form.file "avatar", file, metadata, part_headers
end
File.open("files/notes.txt") do |file|
    metadata = HTTP::FormData::FileMetadata.new(filename: "notes.txt")
    part_headers = HTTP::Headers.new
    part_headers["Content-Type"] = "text/plain"
    form.file "attachments", file, metadata, part_headers
end
File.open("files/data.csv") do |file|
    metadata = HTTP::FormData::FileMetadata.new(filename: "data.csv")
    part_headers = HTTP::Headers.new
    part_headers["Content-Type"] = "text/csv"
    form.file "attachments", file, metadata, part_headers
end
form.finish
headers["Content-Type"] = form.content_type
body = io.to_s

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
