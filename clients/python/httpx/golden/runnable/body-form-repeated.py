from urllib.parse import urlencode

import httpx

url = "https://api.example.com/v1/filters"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
payload = urlencode([
    ("tag", "red"),
    ("tag", "red"),
    ("tag", "blue"),
])

response = httpx.request(
    "POST",
    url,
    headers=headers,
    content=payload,
)

print(response.status_code)
print(response.text)
