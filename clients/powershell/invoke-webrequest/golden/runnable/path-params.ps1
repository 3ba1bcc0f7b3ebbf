# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/users/Jane%20Doe/files/reports%2F2024%20q1.pdf/tags/caf%C3%A9%20%E2%98%95%20%E6%97%A5%E6%9C%AC'

$params = @{
    Uri = $uri
    Method = 'Get'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params

$response.StatusCode
$response.Content
