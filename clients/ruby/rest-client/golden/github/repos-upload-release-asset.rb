require 'rest-client'

url = 'https://uploads.github.com/repos/OWNER/REPO/releases/0/assets'
headers = {
  'Content-Type' => 'application/octet-stream',
  # rest-client takes the query from the params entry; a ParamsArray keeps order and repeated names.
  params: RestClient::ParamsArray.new([
    ['name', 'NAME']
  ])
}
payload = File.binread('body.bin')

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
