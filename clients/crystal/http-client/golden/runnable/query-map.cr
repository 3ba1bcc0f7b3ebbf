require "http/client"

url = URI.parse("https://api.example.com/v2/events")
url.query = URI::Params.build do |params|
  params.add "type", "push"
  params.add "type", "pull_request"
  params.add "per_page", "50"
  params.add "active", "true"
end

headers = HTTP::Headers.new

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
