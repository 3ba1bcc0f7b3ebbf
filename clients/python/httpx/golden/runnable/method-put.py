import httpx

url = "https://api.example.com/v1/items/42"
headers = {
    "Accept": "application/json",
}

response = httpx.request(
    "PUT",
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
