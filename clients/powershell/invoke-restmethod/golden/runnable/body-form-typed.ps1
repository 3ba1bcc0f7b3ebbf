# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/subscribe'
# A dictionary cannot repeat a name: the form is encoded here, one field a line.
$body = @(
    [Uri]::EscapeDataString('email') + '=' + [Uri]::EscapeDataString('jane@example.com')
    [Uri]::EscapeDataString('topic') + '=' + [Uri]::EscapeDataString('news & offers')
    [Uri]::EscapeDataString('topic') + '=' + [Uri]::EscapeDataString('é ☕')
) -join '&'

$params = @{
    Uri = $uri
    Method = 'Post'
    Body = $body
    ContentType = 'application/x-www-form-urlencoded; charset=UTF-8'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
