import os

import httpx

url = "https://api.example.com/v1/items"
headers = {
    "Authorization": "Bearer " + os.environ.get("API_TOKEN", "tok\"en,with=odd"),
    "Accept": "not a media type",
    "User-Agent": "agent \"quoted\"",
    "If-None-Match": "etag-without-quotes",
}

response = httpx.request(
    "GET",
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
