import requests

url = "https://cdn.example.com/cache/images/logo.png"

headers = {
    "X-Purge-Reason": "deploy"
}

response = requests.request("PURGE", url, headers=headers)

print(response.json())
