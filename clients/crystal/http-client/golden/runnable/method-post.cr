require "http/client"

url = URI.parse("https://api.example.com/v1/items")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/json"
body = <<-'JSON'
  {
    "name": "widget",
    "count": 3
  }
  JSON

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
