require "http/client"

url = URI.parse("https://uploads.github.com/repos/OWNER/REPO/releases/0/assets")
url.query = URI::Params.build do |params|
  params.add "name", "NAME"
end

headers = HTTP::Headers.new
headers.add "Content-Type", "application/octet-stream"
body = File.read("body.bin")

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
