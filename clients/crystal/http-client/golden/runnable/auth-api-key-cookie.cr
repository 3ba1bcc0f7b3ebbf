require "http/client"

url = URI.parse("https://api.example.com/v1/widgets")

headers = HTTP::Headers.new
headers.add "Cookie", "theme=dark; api_session=#{ENV.fetch("API_SESSION", "<session-key>")}"

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
