require 'net/http'

uri = URI('https://api.example.com/v1/subscribe')

request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/x-www-form-urlencoded; charset=UTF-8'
request.body = URI.encode_www_form([
  ['email', 'jane@example.com'],
  ['topic', 'news & offers'],
  ['topic', 'é ☕']
])

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
