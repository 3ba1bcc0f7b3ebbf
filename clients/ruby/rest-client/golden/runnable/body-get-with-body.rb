require 'json'
require 'rest-client'

url = 'https://api.example.com/v1/search'
headers = {
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'query' => {
    'match' => {
      'title' => 'snippets'
    }
  },
  'size' => 10
})

begin
  response = RestClient::Request.execute(
    method: :get,
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
