require "http/client"

url = URI.parse("https://api.example.com/v1/echo")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/json"
body = <<-'JSON'
  {
    "key \udbff": "a \ud800 b",
    "list": [
      "\udc00",
      "paired 😀"
    ]
  }
  JSON

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
