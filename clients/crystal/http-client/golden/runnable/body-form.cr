require "http/client"

url = URI.parse("https://api.example.com/v1/login")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/x-www-form-urlencoded"
body = URI::Params.build do |form|
  form.add "username", "jane@example.com"
  form.add "password", "p&ss=w+rd 100%"
  form.add "scope", "read"
  form.add "scope", "write"
  form.add "note", "é ☕ a+b=c&d"
end

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
