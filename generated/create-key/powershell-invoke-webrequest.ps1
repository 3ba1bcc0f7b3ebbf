# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://openrouter.ai/api/v1/keys'
$headers = [ordered]@{
    'Authorization' = ('Bearer ' + ($env:OPENROUTER_API_KEY ?? '<token>'))
}
$body = @'
{
  "name": "My New API Key",
  "limit": 50,
  "limit_reset": "monthly",
  "include_byok_in_limit": true
}
'@

$params = @{
    Uri = $uri
    Method = 'Post'
    Headers = $headers
    Body = $body
    ContentType = 'application/json'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params

$response.StatusCode
$response.Content
