import os

import requests

url = "https://api.example.com/v1/widgets"
headers = {
    "X-API-Key": os.environ.get("X_API_KEY", "<api-key>"),
}

response = requests.get(
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
