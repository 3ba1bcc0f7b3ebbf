require 'rest-client'

url = 'https://api.example.com/v1/widgets'
headers = {
  # rest-client takes the query from the params entry; a ParamsArray keeps order and repeated names.
  params: RestClient::ParamsArray.new([
    ['page', '2'],
    ['api_key', ENV.fetch('EXAMPLE_API_KEY', '<api-key>')]
  ])
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
