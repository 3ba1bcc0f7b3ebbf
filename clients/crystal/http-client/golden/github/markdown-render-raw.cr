require "http/client"

url = URI.parse("https://api.github.com/markdown/raw")

headers = HTTP::Headers.new
headers.add "Content-Type", "text/plain"
body = "{\"text\":\"Hello **world**\"}"

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
