import requests

url = "https://api.example.com/v1/items"

headers = {
    "Authorization": "Bearer tok\"en,with=odd",
    "Accept": "not a media type",
    "User-Agent": "agent \"quoted\"",
    "If-None-Match": "etag-without-quotes"
}

response = requests.get(url, headers=headers)

print(response.json())
