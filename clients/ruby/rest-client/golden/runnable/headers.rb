require 'rest-client'

url = 'https://api.example.com/v1/headers'
headers = {
  'Accept' => 'application/json',
  'X-Trace' => 'first, second',
  'X-Quoted' => 'say "hi" and it\'s fine',
  'X-Backslash' => 'C:\\path\\to\\file \\n not a newline',
  'X-Dollar' => '$HOME ${x} #{x} `cmd` %s {{x}}'
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
