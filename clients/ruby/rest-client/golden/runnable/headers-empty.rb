require 'rest-client'

url = 'https://api.example.com/v1/flags'
headers = {
  'X-Empty' => '',
  'X-Other' => 'set'
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
