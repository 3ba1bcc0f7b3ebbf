require 'json'
require 'rest-client'

url = 'https://api.example.com/v1/items/42'
headers = {
  'If-Match' => '"etag-1"',
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'count' => 4
})

begin
  response = RestClient::Request.execute(
    method: :patch,
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
