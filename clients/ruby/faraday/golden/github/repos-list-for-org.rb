require 'faraday'

url = 'https://api.github.com/orgs/ORG/repos'

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, nil)

puts response.status
puts response.body
