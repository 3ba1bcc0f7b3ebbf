require 'httparty'

url = 'https://api.example.com/v1/raw'
headers = {
  'Content-Type' => 'text/plain; charset=utf-8'
}
payload = "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n"

response = HTTParty.put(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
