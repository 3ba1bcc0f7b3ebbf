import requests

url = "https://api.example.com/v1/headers"

headers = {
    "accept": "application/json",
    "X-Trace": "first",
    "X-Trace": "second",
    "user-agent": "docs-example/1.0"
}

response = requests.get(url, headers=headers)

print(response.json())
