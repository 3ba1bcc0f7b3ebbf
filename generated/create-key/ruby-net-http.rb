require 'json'
require 'net/http'

uri = URI('https://openrouter.ai/api/v1/keys')
payload = {
  'name' => 'My New API Key',
  'limit' => 50,
  'limit_reset' => 'monthly',
  'include_byok_in_limit' => true
}

request = Net::HTTP::Post.new(uri)
request['Authorization'] = "Bearer #{ENV.fetch('OPENROUTER_API_KEY', '<token>')}"
request['Content-Type'] = 'application/json'
request.body = JSON.generate(payload)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
