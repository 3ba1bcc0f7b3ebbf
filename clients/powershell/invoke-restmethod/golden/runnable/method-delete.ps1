# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/items/42'
$headers = [ordered]@{
    'Accept' = 'application/json'
}

$params = @{
    Uri = $uri
    Method = 'Delete'
    Headers = $headers
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
