require "http/client"

url = URI.parse("https://api.example.com/v1/widgets")

headers = HTTP::Headers.new
headers.add "X-API-Key", ENV.fetch("X_API_KEY", "<api-key>")

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
