require 'json'
require 'net/http'

uri = URI('https://api.github.com/repos/OWNER/REPO/issues')
payload = {
  'title' => 'Found a bug',
  'body' => "I'm having a problem with this.",
  'assignees' => [
    'octocat'
  ],
  'milestone' => 1,
  'labels' => [
    'bug'
  ]
}

request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request.body = JSON.generate(payload)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
