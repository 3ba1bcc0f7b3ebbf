import requests

url = "https://api.example.com/v1/logout"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
payload = [
]

response = requests.post(
    url,
    headers=headers,
    data=payload,
)

print(response.status_code)
print(response.text)
