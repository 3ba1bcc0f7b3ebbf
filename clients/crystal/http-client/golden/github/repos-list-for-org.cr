require "http/client"

url = URI.parse("https://api.github.com/orgs/ORG/repos")

headers = HTTP::Headers.new

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
