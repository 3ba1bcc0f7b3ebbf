$uri = 'https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME'

$params = @{
    Uri = $uri
    Method = 'Post'
    InFile = 'body.bin'
    ContentType = 'application/octet-stream'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params

$response.StatusCode
$response.Content
