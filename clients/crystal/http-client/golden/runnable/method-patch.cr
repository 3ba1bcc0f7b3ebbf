require "http/client"

url = URI.parse("https://api.example.com/v1/items/42")

headers = HTTP::Headers.new
headers.add "If-Match", "\"etag-1\""
headers.add "Content-Type", "application/json"
body = <<-'JSON'
  {
    "count": 4
  }
  JSON

response = HTTP::Client.exec("PATCH", url, headers: headers, body: body)

puts response.status_code
puts response.body
