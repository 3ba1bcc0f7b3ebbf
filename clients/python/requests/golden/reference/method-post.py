import requests

url = "https://api.example.com/v1/items"

payload = {
    "name": "widget",
    "count": 3
}
headers = {
    "Content-Type": "application/json"
}

response = requests.post(url, json=payload, headers=headers)

print(response.json())
