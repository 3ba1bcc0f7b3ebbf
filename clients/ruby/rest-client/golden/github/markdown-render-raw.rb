require 'rest-client'

url = 'https://api.github.com/markdown/raw'
headers = {
  'Content-Type' => 'text/plain'
}
payload = '{"text":"Hello **world**"}'

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
