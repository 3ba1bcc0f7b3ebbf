require "http/client"

url = URI.parse("https://api.example.com/v1/search")
url.query = URI::Params.build do |params|
  params.add "", "a"
  params.add "", "b c"
  params.add "q", "x"
end

headers = HTTP::Headers.new

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
