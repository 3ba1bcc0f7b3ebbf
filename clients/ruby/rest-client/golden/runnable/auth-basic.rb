require 'rest-client'

url = 'https://api.example.com/v1/account'
headers = {
  'Authorization' => "Basic #{["#{ENV.fetch('API_USERNAME', '<username>')}:#{ENV.fetch('API_PASSWORD', '<password>')}"].pack('m0')}"
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
