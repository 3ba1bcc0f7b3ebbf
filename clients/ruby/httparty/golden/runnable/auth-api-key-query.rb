require 'httparty'

url = URI('https://api.example.com/v1/widgets')
# The query goes in the URL as it is: the query: option would sort a Hash and send a repeated name as name[].
url.query = URI.encode_www_form([
  ['page', '2'],
  ['api_key', ENV.fetch('EXAMPLE_API_KEY', '<api-key>')]
])

response = HTTParty.get(url)

puts response.code
puts response.body
