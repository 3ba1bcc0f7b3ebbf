import requests

url = "https://api.example.com/v1/items/42"

headers = {
    "Accept": "application/json"
}

response = requests.delete(url, headers=headers)

print(response.json())
