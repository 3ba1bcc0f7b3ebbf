require 'rest-client'

url = 'https://api.example.com/v1/forms'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded'
}
payload = URI.encode_www_form([
  ['mix', "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"],
  ['k\'"\\$`{{x}}', "line one\nline two\r\nthen\ttab end"],
  ['mix', 'again']
])

begin
  response = RestClient::Request.execute(
    method: :post,
    url: url,
    headers: headers,
    payload: payload
  )
rescue RestClient::ExceptionWithResponse => e
  # rest-client raises on a 4xx or 5xx status; the error holds the response.
  response = e.response
end

puts response.code
puts response.body
