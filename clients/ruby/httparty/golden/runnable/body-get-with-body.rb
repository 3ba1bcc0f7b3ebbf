require 'json'
require 'httparty'

url = 'https://api.example.com/v1/search'
headers = {
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'query' => {
    'match' => {
      'title' => 'snippets'
    }
  },
  'size' => 10
})

response = HTTParty.get(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
