import httpx

url = "https://api.example.com/v1/items/42"
headers = {
    "If-Match": "\"etag-1\"",
    "Content-Type": "application/json",
}
payload = {
    "count": 4
}

response = httpx.request(
    "PATCH",
    url,
    headers=headers,
    json=payload,
)

print(response.status_code)
print(response.text)
