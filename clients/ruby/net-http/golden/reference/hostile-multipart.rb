require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/forms")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request.set_form([
  ["mix", "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"],
  ["lines", "line one\nline two\r\nthen\ttab end"],
  ["file", File.open("files/notes.txt"), { filename: "it's \"notes\".txt", content_type: "text/plain" }]
], 'multipart/form-data')

response = http.request(request)
puts response.read_body
