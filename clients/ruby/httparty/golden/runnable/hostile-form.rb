require 'httparty'

url = 'https://api.example.com/v1/forms'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded'
}
payload = URI.encode_www_form([
  ['mix', "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"],
  ['k\'"\\$`{{x}}', "line one\nline two\r\nthen\ttab end"],
  ['mix', 'again']
])

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
