from urllib.parse import urlencode

import httpx

url = "https://api.example.com/v1/subscribe"
headers = {
    "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
}
payload = urlencode([
    ("email", "jane@example.com"),
    ("topic", "news & offers"),
    ("topic", "é ☕"),
])

response = httpx.request(
    "POST",
    url,
    headers=headers,
    content=payload,
)

print(response.status_code)
print(response.text)
