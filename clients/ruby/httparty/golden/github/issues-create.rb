require 'json'
require 'httparty'

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

response = HTTParty.post(
  url,
  headers: headers,
  body: payload
)

puts response.code
puts response.body
