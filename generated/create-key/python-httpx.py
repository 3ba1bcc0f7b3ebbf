import os

import httpx

url = "https://openrouter.ai/api/v1/keys"
headers = {
    "Authorization": "Bearer " + os.environ.get("OPENROUTER_API_KEY", "<token>"),
    "Content-Type": "application/json",
}
payload = {
    "name": "My New API Key",
    "limit": 50,
    "limit_reset": "monthly",
    "include_byok_in_limit": True
}

response = httpx.request(
    "POST",
    url,
    headers=headers,
    json=payload,
)

print(response.status_code)
print(response.text)
