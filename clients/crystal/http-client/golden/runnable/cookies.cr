require "http/client"

url = URI.parse("https://api.example.com/v1/session")

headers = HTTP::Headers.new
headers.add "Cookie", "session_id=abc123; theme=dark; lang=en-GB"

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
