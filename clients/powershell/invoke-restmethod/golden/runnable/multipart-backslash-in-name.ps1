# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/upload'
# -Form cannot set a file part's Content-Type or filename: the body is built with .NET's MultipartFormDataContent.
$body = [System.Net.Http.MultipartFormDataContent]::new()
$part = [System.Net.Http.StringContent]::new('x')
$part.Headers.TryAddWithoutValidation('Content-Disposition', 'form-data; name="dir\\name"') | Out-Null
$body.Add($part)
$part = [System.Net.Http.ByteArrayContent]::new([IO.File]::ReadAllBytes((Convert-Path -LiteralPath 'files/notes.txt')))
$part.Headers.ContentType = 'text/plain'
$part.Headers.TryAddWithoutValidation('Content-Disposition', 'form-data; name="file"; filename="C:\\Users\\me\\notes.txt"') | Out-Null
$body.Add($part)

$params = @{
    Uri = $uri
    Method = 'Post'
    Body = $body
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
