require 'json'
require 'rest-client'

url = 'https://api.github.com/repos/OWNER/REPO/issues'
headers = {
  'Content-Type' => 'application/json'
}
payload = JSON.generate({
  'title' => 'Found a bug',
  'body' => "I'm having a problem with this.",
  'assignees' => [
    'octocat'
  ],
  'milestone' => 1,
  'labels' => [
    'bug'
  ]
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
