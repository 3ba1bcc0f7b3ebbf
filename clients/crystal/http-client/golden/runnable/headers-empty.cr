require "http/client"

url = URI.parse("https://api.example.com/v1/flags")

headers = HTTP::Headers.new
headers.add "X-Empty", ""
headers.add "X-Other", "set"

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
