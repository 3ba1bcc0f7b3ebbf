import httpx

url = "https://api.example.com/v1/items"
headers = {
  "Content-Type": "application/json",
}
payload = {
  "name": "widget",
  "count": 3
}

response = httpx.request(
  "POST",
  url,
  headers=headers,
  json=payload,
)

print(response.status_code)
print(response.text)
