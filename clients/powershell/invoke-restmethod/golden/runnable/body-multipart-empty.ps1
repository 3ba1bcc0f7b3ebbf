# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/upload'
# MultipartFormDataContent without parts writes one part without headers: a form without fields is its close delimiter alone.
$body = "--snipgen-empty-form--`r`n"

$params = @{
    Uri = $uri
    Method = 'Post'
    Body = $body
    ContentType = 'multipart/form-data; boundary=snipgen-empty-form'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
