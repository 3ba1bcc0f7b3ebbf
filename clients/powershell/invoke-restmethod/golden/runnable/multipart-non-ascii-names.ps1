# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/upload'
# -Form cannot set a file part's Content-Type or filename: the body is built with .NET's MultipartFormDataContent.
$body = [System.Net.Http.MultipartFormDataContent]::new()
# .NET writes part headers in Latin-1: a header outside ASCII is given as its UTF-8 bytes read as Latin-1, which go out as those bytes.
$part = [System.Net.Http.StringContent]::new('Café ☕')
$part.Headers.TryAddWithoutValidation('Content-Disposition', [Text.Encoding]::Latin1.GetString([Text.Encoding]::UTF8.GetBytes('form-data; name="título"'))) | Out-Null
$body.Add($part)
$part = [System.Net.Http.ByteArrayContent]::new([IO.File]::ReadAllBytes((Convert-Path -LiteralPath 'files/notes.txt')))
$part.Headers.ContentType = 'text/plain'
$part.Headers.TryAddWithoutValidation('Content-Disposition', [Text.Encoding]::Latin1.GetString([Text.Encoding]::UTF8.GetBytes('form-data; name="документ"; filename="résumé ☕.txt"'))) | Out-Null
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
