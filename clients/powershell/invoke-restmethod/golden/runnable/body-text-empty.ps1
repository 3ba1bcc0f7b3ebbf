$uri = 'https://api.example.com/v1/ping'
$body = ''

$params = @{
    Uri = $uri
    Method = 'Post'
    Body = $body
    ContentType = 'text/plain'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
