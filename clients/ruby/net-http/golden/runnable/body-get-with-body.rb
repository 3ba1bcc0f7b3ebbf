require 'json'
require 'net/http'

uri = URI('https://api.example.com/v1/search')
payload = {
  'query' => {
    'match' => {
      'title' => 'snippets'
    }
  },
  'size' => 10
}

request = Net::HTTP::Get.new(uri)
request['Content-Type'] = 'application/json'
request.body = JSON.generate(payload)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
