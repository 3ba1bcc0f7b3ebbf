require "http/client"

url = URI.parse("https://api.example.com/v1/users/Jane%20Doe/files/reports%2F2024%20q1.pdf/tags/caf%C3%A9%20%E2%98%95%20%E6%97%A5%E6%9C%AC")

headers = HTTP::Headers.new

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
