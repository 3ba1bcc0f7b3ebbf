# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/filters'
# A dictionary cannot repeat a name: the form is encoded here, one field a line.
$body = @(
    [Uri]::EscapeDataString('tag') + '=' + [Uri]::EscapeDataString('red')
    [Uri]::EscapeDataString('tag') + '=' + [Uri]::EscapeDataString('red')
    [Uri]::EscapeDataString('tag') + '=' + [Uri]::EscapeDataString('blue')
) -join '&'

$params = @{
    Uri = $uri
    Method = 'Post'
    Body = $body
    ContentType = 'application/x-www-form-urlencoded'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params

$response.StatusCode
$response.Content
