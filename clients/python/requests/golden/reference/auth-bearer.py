import requests

url = "https://api.example.com/v1/me"

headers = {
    "Authorization": "Bearer <token>"
}

response = requests.get(url, headers=headers)

print(response.json())
