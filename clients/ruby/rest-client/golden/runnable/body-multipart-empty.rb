require 'rest-client'

url = 'https://api.example.com/v1/upload'
headers = {
  'Content-Type' => 'multipart/form-data; boundary=snipgen-empty-form'
}
# rest-client writes an opening delimiter even without parts: a form without fields is its close delimiter alone.
payload = "--snipgen-empty-form--\r\n"

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
