require 'rest-client'

url = 'https://api.example.com/v1/login'
headers = {
  'Content-Type' => 'application/x-www-form-urlencoded'
}
payload = URI.encode_www_form([
  ['username', 'jane@example.com'],
  ['password', 'p&ss=w+rd 100%'],
  ['scope', 'read'],
  ['scope', 'write'],
  ['note', 'é ☕ a+b=c&d']
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
