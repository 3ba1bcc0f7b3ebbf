require 'httparty'

url = 'https://api.github.com/orgs/ORG/repos'

response = HTTParty.get(url)

puts response.code
puts response.body
