$uri = 'https://api.example.com/v1/session'
$headers = [ordered]@{
    'Cookie' = 'session_id=abc123; theme=dark; lang=en-GB'
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
