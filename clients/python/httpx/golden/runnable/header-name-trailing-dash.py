import httpx

url = "https://api.example.com/v1/items"
headers = {
    "X-Trace-": "abc",
}

response = httpx.request(
    "GET",
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
