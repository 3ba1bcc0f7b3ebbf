import os

import httpx

url = "https://api.example.com/v1/widgets"
params = [
    ("page", "2"),
    ("api_key", os.environ.get("EXAMPLE_API_KEY", "<api-key>")),
]

response = httpx.request(
    "GET",
    url,
    params=params,
    timeout=2.5,
)

print(response.status_code)
print(response.text)
