$uri = 'https://api.example.com/v1/items'
$body = @'
{
  "name": "widget",
  "count": 3
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
