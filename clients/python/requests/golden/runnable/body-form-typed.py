import requests

url = "https://api.example.com/v1/subscribe"
headers = {
    "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
}
payload = [
    ("email", "jane@example.com"),
    ("topic", "news & offers"),
    ("topic", "é ☕"),
]

response = requests.post(
    url,
    headers=headers,
    data=payload,
)

print(response.status_code)
print(response.text)
