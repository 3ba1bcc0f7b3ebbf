# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/items/42'
$headers = [ordered]@{
    'If-Match' = '"etag-1"'
}
$body = @'
{
  "count": 4
}
'@

$params = @{
    Uri = $uri
    Method = 'Patch'
    Headers = $headers
    Body = $body
    ContentType = 'application/json'
    # .NET would parse these header values, and may reject them: send them as written.
    SkipHeaderValidation = $true
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params

$response.StatusCode
$response.Content
