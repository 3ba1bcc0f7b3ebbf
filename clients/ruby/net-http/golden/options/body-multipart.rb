require 'net/http'

uri = URI('https://api.example.com/v1/upload')

request = Net::HTTP::Post.new(uri)
request.set_form([
  ['title', 'Quarterly report'],
  ['description', 'Line one, "quoted"; and ☕'],
  ['avatar', File.open('files/avatar.png'), { filename: 'avatar.png', content_type: 'image/png' }],
  ['attachments', File.open('files/notes.txt'), { filename: 'notes.txt', content_type: 'text/plain' }],
  ['attachments', File.open('files/data.csv'), { filename: 'data.csv', content_type: 'text/csv' }]
], 'multipart/form-data')

response = Net::HTTP.start(
  uri.hostname, uri.port, use_ssl: uri.scheme == 'https',
  open_timeout: 2.5, read_timeout: 2.5, write_timeout: 2.5
) do |http|
  http.request(request)
end

puts response.code
puts response.body
