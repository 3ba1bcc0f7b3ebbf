require "http/client"

url = URI.parse("https://api.example.com/v1/tags")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/json"
body = <<-'JSON'
  [
    {
      "name": "red",
      "weight": 1
    },
    {
      "name": "green",
      "weight": 2.5
    },
    "blue"
  ]
  JSON

response = HTTP::Client.exec("PUT", url, headers: headers, body: body)

puts response.status_code
puts response.body
