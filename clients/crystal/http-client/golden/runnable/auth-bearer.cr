require "http/client"

url = URI.parse("https://api.example.com/v1/me")

headers = HTTP::Headers.new
headers.add "Authorization", "Bearer #{ENV.fetch("EXAMPLE_TOKEN", "<token>")}"

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
