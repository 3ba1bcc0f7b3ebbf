require "http/client"

url = URI.parse("https://api.example.com/v1/runs/42/rerun")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/json"
body = <<-'JSON'
  null
  JSON

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
