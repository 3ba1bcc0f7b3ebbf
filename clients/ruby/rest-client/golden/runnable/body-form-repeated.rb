require 'rest-client'

url = 'https://api.example.com/v1/filters'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded'
}
payload = URI.encode_www_form([
  ['tag', 'red'],
  ['tag', 'red'],
  ['tag', 'blue']
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
