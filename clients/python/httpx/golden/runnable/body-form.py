from urllib.parse import urlencode

import httpx

url = "https://api.example.com/v1/login"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
payload = urlencode([
    ("username", "jane@example.com"),
    ("password", "p&ss=w+rd 100%"),
    ("scope", "read"),
    ("scope", "write"),
    ("note", "é ☕ a+b=c&d"),
])

response = httpx.request(
    "POST",
    url,
    headers=headers,
    content=payload,
)

print(response.status_code)
print(response.text)
