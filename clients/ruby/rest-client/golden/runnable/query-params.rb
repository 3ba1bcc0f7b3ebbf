require 'rest-client'

url = 'https://api.example.com/v1/search'
headers = {
  # rest-client takes the query from the params entry; a ParamsArray keeps order and repeated names.
  params: RestClient::ParamsArray.new([
    ['q', 'rock & roll = fun + 100% sure'],
    ['tag', 'first'],
    ['limit', '10'],
    ['tag', 'second'],
    ['empty', ''],
    ['filter[name]', 'Zoë Łukasz 🎸'],
    ['sort[]', '-created'],
    ['tag', 'third']
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
