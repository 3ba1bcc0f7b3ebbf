require 'rest-client'

url = 'https://api.example.com/v2/events'
headers = {
  # rest-client takes the query from the params entry; a ParamsArray keeps order and repeated names.
  params: RestClient::ParamsArray.new([
    ['type', 'push'],
    ['type', 'pull_request'],
    ['per_page', '50'],
    ['active', 'true']
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
