require "http/client"

url = URI.parse("https://openrouter.ai/api/v1/keys")

headers = HTTP::Headers.new
headers.add "Authorization", "Bearer #{ENV.fetch("OPENROUTER_API_KEY", "<token>")}"
headers.add "Content-Type", "application/json"
body = <<-'JSON'
  {
    "name": "My New API Key",
    "limit": 50,
    "limit_reset": "monthly",
    "include_byok_in_limit": true
  }
  JSON

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
