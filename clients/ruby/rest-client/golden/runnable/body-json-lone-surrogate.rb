require 'rest-client'

url = 'https://api.example.com/v1/echo'
headers = {
  'Content-Type' => 'application/json'
}
# A Ruby string cannot hold a lone surrogate (JSON.generate raises): the body is its JSON text, which escapes it.
payload = '{"key \\udbff":"a \\ud800 b","list":["\\udc00","paired 😀"]}'

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
