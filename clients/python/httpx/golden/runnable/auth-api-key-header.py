import os

import httpx

url = "https://api.example.com/v1/widgets"
headers = {
    "X-API-Key": os.environ.get("X_API_KEY", "<api-key>"),
}

response = httpx.request(
    "GET",
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
