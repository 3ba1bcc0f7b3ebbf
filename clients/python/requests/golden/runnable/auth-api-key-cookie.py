import os

import requests

url = "https://api.example.com/v1/widgets"
headers = {
    "Cookie": "theme=dark; api_session=" + os.environ.get("API_SESSION", "<session-key>"),
}

response = requests.get(
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
