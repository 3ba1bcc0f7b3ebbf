require 'rest-client'

url = 'https://api.example.com/v1/subscribe'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded; charset=UTF-8'
}
payload = URI.encode_www_form([
  ['email', 'jane@example.com'],
  ['topic', 'news & offers'],
  ['topic', 'é ☕']
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
