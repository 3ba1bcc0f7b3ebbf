require "http/client"

url = URI.parse("https://api.example.com/v1/widgets")
url.query = URI::Params.build do |params|
  params.add "page", "2"
  params.add "api_key", ENV.fetch("EXAMPLE_API_KEY", "<api-key>")
end

headers = HTTP::Headers.new

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
