import os
from base64 import b64encode

import httpx

url = "https://api.example.com/v1/account"
headers = {
    "Authorization": "Basic " + b64encode((os.environ.get("API_USERNAME", "<username>") + ":" + os.environ.get("API_PASSWORD", "<password>")).encode()).decode(),
}

response = httpx.request(
    "GET",
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
