# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/notes'
$body = "First line`nSecond line with `"quotes`", 'apostrophes' and a tab`there.`nUnicode: ☕ 🎉`n"

$params = @{
    Uri = $uri
    Method = 'Post'
    Body = $body
    ContentType = 'text/plain; charset=utf-8'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
