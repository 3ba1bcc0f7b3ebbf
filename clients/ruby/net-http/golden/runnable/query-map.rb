require 'net/http'

uri = URI('https://api.example.com/v2/events')
uri.query = URI.encode_www_form([
  ['type', 'push'],
  ['type', 'pull_request'],
  ['per_page', '50'],
  ['active', 'true']
])

request = Net::HTTP::Get.new(uri)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
