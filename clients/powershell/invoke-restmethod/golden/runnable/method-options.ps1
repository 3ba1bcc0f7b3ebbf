$uri = 'https://api.example.com/v1/items/42'
$headers = [ordered]@{
    'Accept' = 'application/json'
}

$params = @{
    Uri = $uri
    Method = 'Options'
    Headers = $headers
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
