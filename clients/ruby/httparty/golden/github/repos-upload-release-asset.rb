require 'httparty'

url = URI('https://uploads.github.com/repos/OWNER/REPO/releases/0/assets')
# The query goes in the URL as it is: the query: option would sort a Hash and send a repeated name as name[].
url.query = URI.encode_www_form([
  ['name', 'NAME']
])
headers = {
  'Content-Type' => 'application/octet-stream'
}
payload = File.binread('body.bin')

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
