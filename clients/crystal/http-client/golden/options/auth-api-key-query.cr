require "http/client"

url = URI.parse("https://api.example.com/v1/widgets")
url.query = URI::Params.build do |params|
  params.add "page", "2"
  params.add "api_key", ENV.fetch("EXAMPLE_API_KEY", "<api-key>")
end

headers = HTTP::Headers.new

client = HTTP::Client.new(url)
client.connect_timeout = 2500.milliseconds
client.read_timeout = 2500.milliseconds
client.write_timeout = 2500.milliseconds
response = client.exec("GET", url.request_target, headers: headers)

puts response.status_code
puts response.body
