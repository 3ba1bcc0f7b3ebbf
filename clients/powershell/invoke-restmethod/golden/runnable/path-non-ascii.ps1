# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b'

$params = @{
    Uri = $uri
    Method = 'Get'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
