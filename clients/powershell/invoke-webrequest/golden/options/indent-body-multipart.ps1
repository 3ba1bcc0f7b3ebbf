# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/upload'
# -Form cannot set a file part's Content-Type or filename: the body is built with .NET's MultipartFormDataContent.
$body = [System.Net.Http.MultipartFormDataContent]::new()
$body.Add([System.Net.Http.StringContent]::new('Quarterly report'), 'title')
$body.Add([System.Net.Http.StringContent]::new('Line one, "quoted"; and ☕'), 'description')
$part = [System.Net.Http.ByteArrayContent]::new([IO.File]::ReadAllBytes((Convert-Path -LiteralPath 'files/avatar.png')))
$part.Headers.ContentType = 'image/png'
$body.Add($part, 'avatar', 'avatar.png')
$part = [System.Net.Http.ByteArrayContent]::new([IO.File]::ReadAllBytes((Convert-Path -LiteralPath 'files/notes.txt')))
$part.Headers.ContentType = 'text/plain'
$body.Add($part, 'attachments', 'notes.txt')
$part = [System.Net.Http.ByteArrayContent]::new([IO.File]::ReadAllBytes((Convert-Path -LiteralPath 'files/data.csv')))
$part.Headers.ContentType = 'text/csv'
$body.Add($part, 'attachments', 'data.csv')

$params = @{
  Uri = $uri
  Method = 'Post'
  Body = $body
  # Print the status and body of an error response too, instead of throwing.
  SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params

$response.StatusCode
$response.Content
