require "base64"
require "http/client"

url = URI.parse("https://api.example.com/v1/account")

headers = HTTP::Headers.new
headers.add "Authorization", "Basic #{Base64.strict_encode("#{ENV.fetch("API_USERNAME", "<username>")}:#{ENV.fetch("API_PASSWORD", "<password>")}")}"

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
