require 'json'
require 'rest-client'

url = 'https://api.example.com/v1/echo/a%E2%80%AEb'
headers = {
  'Content-Type' => 'application/json',
  # rest-client takes the query from the params entry; a ParamsArray keeps order and repeated names.
  params: RestClient::ParamsArray.new([
    ["q\u200B", "x\u2066y\u2069z"],
    ['nbsp', "a\u00A0b"]
  ])
}
payload = JSON.generate({
  'rtl' => "abc\u202Edef",
  "zero\u200Bwidth" => "a\uFEFFb\u00A0c\u{E0041}d\u3164e"
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
