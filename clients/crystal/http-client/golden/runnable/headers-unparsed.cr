require "http/client"

url = URI.parse("https://api.example.com/v1/items")

headers = HTTP::Headers.new
headers.add "Authorization", "Bearer #{ENV.fetch("API_TOKEN", "tok\"en,with=odd")}"
headers.add "Accept", "not a media type"
headers.add "User-Agent", "agent \"quoted\""
headers.add "If-None-Match", "etag-without-quotes"

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
