require "http/client"

url = URI.parse("https://api.example.com/v1/items/42")

headers = HTTP::Headers.new
headers.add "Accept", "application/json"

response = HTTP::Client.exec("HEAD", url, headers: headers)

puts response.status_code
puts response.body
