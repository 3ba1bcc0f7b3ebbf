require 'json'
require 'rest-client'

url = 'https://openrouter.ai/api/v1/keys'
headers = {
  'Authorization' => "Bearer #{ENV.fetch('OPENROUTER_API_KEY', '<token>')}",
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'name' => 'My New API Key',
  'limit' => 50,
  'limit_reset' => 'monthly',
  'include_byok_in_limit' => true
})

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
