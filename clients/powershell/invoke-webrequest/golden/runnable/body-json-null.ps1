$uri = 'https://api.example.com/v1/runs/42/rerun'
$body = @'
null
'@

$params = @{
    Uri = $uri
    Method = 'Post'
    Body = $body
    ContentType = 'application/json'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params

$response.StatusCode
$response.Content
