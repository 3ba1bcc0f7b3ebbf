require "http/client"

url = URI.parse("https://api.example.com/v1/search")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/json"
body = <<-'JSON'
  {
    "query": {
      "match": {
        "title": "snippets"
      }
    },
    "size": 10
  }
  JSON

response = HTTP::Client.exec("GET", url, headers: headers, body: body)

puts response.status_code
puts response.body
