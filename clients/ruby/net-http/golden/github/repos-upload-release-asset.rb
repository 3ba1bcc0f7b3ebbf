require 'net/http'

uri = URI('https://uploads.github.com/repos/OWNER/REPO/releases/0/assets')
uri.query = URI.encode_www_form([
  ['name', 'NAME']
])

request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/octet-stream'
request.body = File.binread('body.bin')

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
