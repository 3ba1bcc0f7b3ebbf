import requests

url = "https://api.example.com/v1/items"

headers = {
    "X-Trace-": "abc"
}

response = requests.get(url, headers=headers)

print(response.json())
