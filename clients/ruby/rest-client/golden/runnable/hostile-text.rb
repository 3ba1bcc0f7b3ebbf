require 'rest-client'

url = 'https://api.example.com/v1/raw'
headers = {
  'Content-Type' => 'text/plain; charset=utf-8'
}
payload = "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n"

begin
  response = RestClient::Request.execute(
    method: :put,
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
