require "http/client"

url = URI.parse("https://api.example.com/v1/logout")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/x-www-form-urlencoded"
body = URI::Params.build do |form|
end

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
