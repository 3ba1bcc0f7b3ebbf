require "http/client"

url = URI.parse("https://api.example.com/v1/items")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/json"
body = <<-'JSON'
  {
    "name": "widget",
    "count": 3
  }
  JSON

client = HTTP::Client.new(url)
client.connect_timeout = 2500.milliseconds
client.read_timeout = 2500.milliseconds
client.write_timeout = 2500.milliseconds
response = client.exec("POST", url.request_target, headers: headers, body: body)

puts response.status_code
puts response.body
