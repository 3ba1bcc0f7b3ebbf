require "http/client"

url = URI.parse("https://api.example.com/v1/ping")

headers = HTTP::Headers.new
headers.add "Content-Type", "text/plain"
body = ""

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
