require "http/client"

url = URI.parse("https://api.example.com/v1/headers")

headers = HTTP::Headers.new
headers.add "accept", "application/json"
headers.add "X-Trace", "first"
headers.add "X-Trace", "second"
headers.add "user-agent", "docs-example/1.0"

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
