# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/items'
$headers = [ordered]@{
    'Authorization' = ('Bearer ' + ($env:API_TOKEN ?? 'tok"en,with=odd'))
    'Accept' = 'not a media type'
    'User-Agent' = 'agent "quoted"'
    'If-None-Match' = 'etag-without-quotes'
}

$params = @{
    Uri = $uri
    Method = 'Get'
    Headers = $headers
    # .NET would parse these header values, and may reject them: send them as written.
    SkipHeaderValidation = $true
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
