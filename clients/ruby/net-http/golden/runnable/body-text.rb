require 'net/http'

uri = URI('https://api.example.com/v1/notes')

request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'text/plain; charset=utf-8'
request.body = "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n"

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
