import requests

url = "https://api.example.com/v1/flags"
headers = {
    "X-Empty": "",
    "X-Other": "set",
}

response = requests.get(
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
