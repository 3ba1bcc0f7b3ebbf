require "http/client"

url = URI.parse("https://cdn.example.com/cache/images/logo.png")

headers = HTTP::Headers.new
headers.add "X-Purge-Reason", "deploy"

response = HTTP::Client.exec("PURGE", url, headers: headers)

puts response.status_code
puts response.body
