import requests

url = "https://api.example.com/v1/filters"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
payload = [
    ("tag", "red"),
    ("tag", "red"),
    ("tag", "blue"),
]

response = requests.post(
    url,
    headers=headers,
    data=payload,
)

print(response.status_code)
print(response.text)
