require "http/client"

url = URI.parse("https://api.example.com/v1/search")
url.query = URI::Params.build do |params|
  params.add "q", "rock & roll = fun + 100% sure"
  params.add "tag", "first"
  params.add "limit", "10"
  params.add "tag", "second"
  params.add "empty", ""
  params.add "filter[name]", "Zoë Łukasz 🎸"
  params.add "sort[]", "-created"
  params.add "tag", "third"
end

headers = HTTP::Headers.new

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
