require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/upload")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Post.new(url)
request.set_form([
], 'multipart/form-data')

response = http.request(request)
puts response.read_body
