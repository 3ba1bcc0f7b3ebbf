require 'httparty'

url = URI('https://api.example.com/v2/events')
# The query goes in the URL as it is: the query: option would sort a Hash and send a repeated name as name[].
url.query = URI.encode_www_form([
  ['type', 'push'],
  ['type', 'pull_request'],
  ['per_page', '50'],
  ['active', 'true']
])

response = HTTParty.get(url)

puts response.code
puts response.body
