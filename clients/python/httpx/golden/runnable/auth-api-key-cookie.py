import os

import httpx

url = "https://api.example.com/v1/widgets"
headers = {
    "Cookie": "theme=dark; api_session=" + os.environ.get("API_SESSION", "<session-key>"),
}

response = httpx.request(
    "GET",
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
