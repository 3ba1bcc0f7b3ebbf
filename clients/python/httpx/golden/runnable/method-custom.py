import httpx

url = "https://cdn.example.com/cache/images/logo.png"
headers = {
    "X-Purge-Reason": "deploy",
}

response = httpx.request(
    "PURGE",
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
