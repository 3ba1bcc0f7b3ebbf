# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b'
$body = "{`"rtl`":`"abc`u{202E}def`",`"zero`u{200B}width`":`"a`u{FEFF}b`u{00A0}c`u{E0041}d`u{3164}e`"}"

$params = @{
    Uri = $uri
    Method = 'Post'
    Body = $body
    ContentType = 'application/json'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
