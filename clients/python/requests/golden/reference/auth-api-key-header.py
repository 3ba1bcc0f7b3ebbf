import requests

url = "https://api.example.com/v1/widgets"

headers = {
    "X-API-Key": "<api-key>"
}

response = requests.get(url, headers=headers)

print(response.json())
