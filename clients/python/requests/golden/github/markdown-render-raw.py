import requests

url = "https://api.github.com/markdown/raw"
headers = {
    "Content-Type": "text/plain",
}
payload = "{\"text\":\"Hello **world**\"}".encode()

response = requests.post(
    url,
    headers=headers,
    data=payload,
)

print(response.status_code)
print(response.text)
