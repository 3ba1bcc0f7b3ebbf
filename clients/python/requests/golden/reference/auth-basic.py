import requests

url = "https://api.example.com/v1/account"

headers = {
    "Authorization": "Basic PHVzZXJuYW1lPjo8cGFzc3dvcmQ+"
}

response = requests.get(url, headers=headers)

print(response.json())
