$uri = 'https://api.github.com/orgs/ORG/repos'

$params = @{
    Uri = $uri
    Method = 'Get'
    # Print the status and body of an error response too, instead of throwing.
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
$response = Invoke-RestMethod @params

$status
$response
