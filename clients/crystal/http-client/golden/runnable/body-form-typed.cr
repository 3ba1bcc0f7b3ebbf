require "http/client"

url = URI.parse("https://api.example.com/v1/subscribe")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"
body = URI::Params.build do |form|
  form.add "email", "jane@example.com"
  form.add "topic", "news & offers"
  form.add "topic", "é ☕"
end

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
