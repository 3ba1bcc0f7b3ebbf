import requests

url = "https://api.example.com/v1/login"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
payload = [
    ("username", "jane@example.com"),
    ("password", "p&ss=w+rd 100%"),
    ("scope", "read"),
    ("scope", "write"),
    ("note", "é ☕ a+b=c&d"),
]

response = requests.post(
    url,
    headers=headers,
    data=payload,
)

print(response.status_code)
print(response.text)
