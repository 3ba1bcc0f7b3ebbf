require 'rest-client'

url = 'https://api.example.com/v1/items/42'
headers = {
  'Accept' => 'application/json'
}

begin
  response = RestClient::Request.execute(
    method: :delete,
    url: url,
    headers: headers
  )
rescue RestClient::ExceptionWithResponse => e
  # rest-client raises on a 4xx or 5xx status; the error holds the response.
  response = e.response
end

puts response.code
puts response.body
