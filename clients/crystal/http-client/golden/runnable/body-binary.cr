require "http/client"

url = URI.parse("https://api.example.com/v1/blobs/logo")

headers = HTTP::Headers.new
headers.add "Content-Type", "image/png"
body = File.read("files/avatar.png")

response = HTTP::Client.exec("PUT", url, headers: headers, body: body)

puts response.status_code
puts response.body
