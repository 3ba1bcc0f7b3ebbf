require 'rest-client'

url = 'https://api.example.com/v1/items'
headers = {
  'Authorization' => "Bearer #{ENV.fetch('API_TOKEN', 'tok"en,with=odd')}",
  'Accept' => 'not a media type',
  'User-Agent' => 'agent "quoted"',
  'If-None-Match' => 'etag-without-quotes'
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
