import requests

url = "https://api.example.com/v1/items/42"

payload = {
    "count": 4
}
headers = {
    "If-Match": "\"etag-1\"",
    "Content-Type": "application/json"
}

response = requests.patch(url, json=payload, headers=headers)

print(response.json())
