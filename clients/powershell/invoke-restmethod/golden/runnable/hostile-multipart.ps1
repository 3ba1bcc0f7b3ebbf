# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/forms'
# -Form cannot set a file part's Content-Type or filename: the body is built with .NET's MultipartFormDataContent.
$body = [System.Net.Http.MultipartFormDataContent]::new()
$body.Add([System.Net.Http.StringContent]::new("it's a `"mix`" of \ `$HOME `${x} #{x} \(x) %s {{x}} ``cmd`` */ ?> `"`"`" `u{2028} 😀 é"), 'mix')
$body.Add([System.Net.Http.StringContent]::new("line one`nline two`r`nthen`ttab end"), 'lines')
$part = [System.Net.Http.ByteArrayContent]::new([IO.File]::ReadAllBytes((Convert-Path -LiteralPath 'files/notes.txt')))
$part.Headers.ContentType = 'text/plain'
$part.Headers.TryAddWithoutValidation('Content-Disposition', 'form-data; name="file"; filename="it''s \"notes\".txt"') | Out-Null
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
