import os

import httpx

url = "https://api.example.com/v1/me"
headers = {
    "Authorization": "Bearer " + os.environ.get("EXAMPLE_TOKEN", "<token>"),
}

response = httpx.request(
    "GET",
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
