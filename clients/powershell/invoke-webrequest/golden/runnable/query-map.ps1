# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v2/events?type=push&type=pull_request&per_page=50&active=true'

$params = @{
    Uri = $uri
    Method = 'Get'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params

$response.StatusCode
$response.Content
