import httpx

url = "https://api.example.com/v1/headers"
headers = {
    "accept": "application/json",
    "X-Trace": "first, second",
    "user-agent": "docs-example/1.0",
}

response = httpx.request(
    "GET",
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
