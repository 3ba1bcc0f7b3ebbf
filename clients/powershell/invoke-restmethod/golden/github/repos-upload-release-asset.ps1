# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME'

$params = @{
    Uri = $uri
    Method = 'Post'
    InFile = 'body.bin'
    ContentType = 'application/octet-stream'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
