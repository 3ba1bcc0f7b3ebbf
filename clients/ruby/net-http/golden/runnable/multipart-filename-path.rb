require 'net/http'

uri = URI('https://api.example.com/v1/upload')

request = Net::HTTP::Post.new(uri)
request.set_form([
  ['title', 'Q1'],
  ['report', File.open('files/data.csv'), { filename: 'reports/2026/q1.csv', content_type: 'text/csv' }]
], 'multipart/form-data')

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
