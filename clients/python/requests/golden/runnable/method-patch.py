import requests

url = "https://api.example.com/v1/items/42"
headers = {
    "If-Match": "\"etag-1\"",
    "Content-Type": "application/json",
}
payload = {
    "count": 4
}

response = requests.patch(
    url,
    headers=headers,
    json=payload,
)

print(response.status_code)
print(response.text)
