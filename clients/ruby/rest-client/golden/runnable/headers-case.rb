require 'rest-client'

url = 'https://api.example.com/v1/headers'
headers = {
  'accept' => 'application/json',
  'X-Trace' => 'first, second',
  'user-agent' => 'docs-example/1.0'
}

begin
  response = RestClient::Request.execute(
    method: :get,
    url: url,
    headers: headers
  )
rescue RestClient::ExceptionWithResponse => e
  # rest-client raises on a 4xx or 5xx status; the error holds the response.
  response = e.response
end

puts response.code
puts response.body
