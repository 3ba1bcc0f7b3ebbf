require 'json'
require 'faraday'

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

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
