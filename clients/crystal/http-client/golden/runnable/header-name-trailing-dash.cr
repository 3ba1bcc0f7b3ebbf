require "http/client"

url = URI.parse("https://api.example.com/v1/items")

headers = HTTP::Headers.new
headers.add "X-Trace-", "abc"

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
