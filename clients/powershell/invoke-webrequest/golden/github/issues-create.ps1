# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.github.com/repos/OWNER/REPO/issues'
$body = @'
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
'@

$params = @{
    Uri = $uri
    Method = 'Post'
    Body = $body
    ContentType = 'application/json'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params

$response.StatusCode
$response.Content
