require "http/client"

url = URI.parse("https://api.github.com/repos/OWNER/REPO/issues")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/json"
body = <<-'JSON'
  {
    "title": "Found a bug",
    "body": "I'm having a problem with this.",
    "assignees": [
      "octocat"
    ],
    "milestone": 1,
    "labels": [
      "bug"
    ]
  }
  JSON

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
