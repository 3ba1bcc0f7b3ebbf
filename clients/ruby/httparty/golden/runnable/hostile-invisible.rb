require 'json'
require 'httparty'

url = URI('https://api.example.com/v1/echo/a%E2%80%AEb')
# The query goes in the URL as it is: the query: option would sort a Hash and send a repeated name as name[].
url.query = URI.encode_www_form([
  ["q\u200B", "x\u2066y\u2069z"],
  ['nbsp', "a\u00A0b"]
])
headers = {
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'rtl' => "abc\u202Edef",
  "zero\u200Bwidth" => "a\uFEFFb\u00A0c\u{E0041}d\u3164e"
})

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
