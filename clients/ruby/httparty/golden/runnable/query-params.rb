require 'httparty'

url = URI('https://api.example.com/v1/search')
# The query goes in the URL as it is: the query: option would sort a Hash and send a repeated name as name[].
url.query = URI.encode_www_form([
  ['q', 'rock & roll = fun + 100% sure'],
  ['tag', 'first'],
  ['limit', '10'],
  ['tag', 'second'],
  ['empty', ''],
  ['filter[name]', 'Zoë Łukasz 🎸'],
  ['sort[]', '-created'],
  ['tag', 'third']
])

response = HTTParty.get(url)

puts response.code
puts response.body
