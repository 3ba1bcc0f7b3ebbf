require 'rest-client'

url = 'https://api.github.com/orgs/ORG/repos'

begin
  response = RestClient::Request.execute(
    method: :get,
    url: url
  )
rescue RestClient::ExceptionWithResponse => e
  # rest-client raises on a 4xx or 5xx status; the error holds the response.
  response = e.response
end

puts response.code
puts response.body
