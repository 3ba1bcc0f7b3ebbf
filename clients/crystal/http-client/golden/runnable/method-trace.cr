require "http/client"

url = URI.parse("https://api.example.com/v1/echo")

headers = HTTP::Headers.new

response = HTTP::Client.exec("TRACE", url, headers: headers)

puts response.status_code
puts response.body
