# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/headers'
$headers = [ordered]@{
    'Accept' = 'application/json'
    'X-Trace' = 'first, second'
    'X-Quoted' = 'say "hi" and it''s fine'
    'X-Backslash' = 'C:\path\to\file \n not a newline'
    'X-Dollar' = '$HOME ${x} #{x} `cmd` %s {{x}}'
}

$params = @{
    Uri = $uri
    Method = 'Get'
    Headers = $headers
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
}
$response = Invoke-WebRequest @params

$response.StatusCode
$response.Content
