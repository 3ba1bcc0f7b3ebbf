import os

import requests

url = "https://api.example.com/v1/me"
headers = {
    "Authorization": "Bearer " + os.environ.get("EXAMPLE_TOKEN", "<token>"),
}

response = requests.get(
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
