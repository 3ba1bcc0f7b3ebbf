# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.github.com/markdown/raw'
$body = '{"text":"Hello **world**"}'

$params = @{
    Uri = $uri
    Method = 'Post'
    Body = $body
    ContentType = 'text/plain'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params

$response.StatusCode
$response.Content
