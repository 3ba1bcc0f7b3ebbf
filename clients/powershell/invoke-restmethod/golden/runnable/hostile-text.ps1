# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/raw'
$body = "it's a `"mix`" of \ `$HOME `${x} #{x} \(x) %s {{x}} ``cmd`` */ ?> `"`"`" `u{2028} 😀 é`nline one`nline two`r`nthen`ttab end`n"

$params = @{
    Uri = $uri
    Method = 'Put'
    Body = $body
    ContentType = 'text/plain; charset=utf-8'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
