require "http/client"

url = URI.parse("https://api.example.com/v1/notes")

headers = HTTP::Headers.new
headers.add "Content-Type", "text/plain; charset=utf-8"
body = "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n"

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
