$uri = 'https://api.example.com/v1/flags'
$headers = [ordered]@{
    'X-Empty' = ''
    'X-Other' = 'set'
}

$params = @{
    Uri = $uri
    Method = 'Get'
    Headers = $headers
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
