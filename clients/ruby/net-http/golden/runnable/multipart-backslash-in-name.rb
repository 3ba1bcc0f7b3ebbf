require 'net/http'

uri = URI('https://api.example.com/v1/upload')

request = Net::HTTP::Post.new(uri)
request.set_form([
  ['dir\\name', 'x'],
  ['file', File.open('files/notes.txt'), { filename: 'C:\\Users\\me\\notes.txt', content_type: 'text/plain' }]
], 'multipart/form-data')

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
