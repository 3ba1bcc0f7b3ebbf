import requests

url = "https://api.example.com/v1/ping"
headers = {
    "Content-Type": "text/plain",
}
payload = "".encode()

response = requests.post(
    url,
    headers=headers,
    data=payload,
)

print(response.status_code)
print(response.text)
