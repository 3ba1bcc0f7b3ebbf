import requests

url = "https://api.example.com/v1/items/42"

headers = {
    "Accept": "application/json"
}

response = requests.put(url, headers=headers)

print(response.json())
