require "http/client"

url = URI.parse("https://api.example.com/v1/filters")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/x-www-form-urlencoded"
body = URI::Params.build do |form|
  form.add "tag", "red"
  form.add "tag", "red"
  form.add "tag", "blue"
end

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
