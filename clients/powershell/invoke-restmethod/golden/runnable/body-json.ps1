# Stop at the first error (no connection, a missing file) with exit status 1, instead of going on and exiting 0.
$ErrorActionPreference = 'Stop'
$uri = 'https://api.example.com/v1/documents'
$body = @'
{
  "title": "Ünïcödé — 日本語 and emoji 🎉😀",
  "nested": {
    "list": [
      1,
      "two",
      3.5,
      null,
      true,
      false
    ],
    "object": {
      "deep": {
        "deeper": [
          {
            "a": 1
          },
          []
        ]
      }
    }
  },
  "empty_object": {},
  "empty_list": [],
  "nothing": null,
  "yes": true,
  "no": false,
  "big": 9007199254740993,
  "negative_big": -12345678901234567890,
  "float": 3.14159,
  "negative": -7,
  "zero": 0
}
'@

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
