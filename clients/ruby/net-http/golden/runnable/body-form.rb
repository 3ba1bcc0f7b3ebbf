require 'net/http'

uri = URI('https://api.example.com/v1/login')

request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/x-www-form-urlencoded'
request.body = URI.encode_www_form([
  ['username', 'jane@example.com'],
  ['password', 'p&ss=w+rd 100%'],
  ['scope', 'read'],
  ['scope', 'write'],
  ['note', 'é ☕ a+b=c&d']
])

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
