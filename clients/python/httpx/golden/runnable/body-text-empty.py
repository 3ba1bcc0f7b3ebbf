import httpx

url = "https://api.example.com/v1/ping"
headers = {
    "Content-Type": "text/plain",
}
payload = "".encode()

response = httpx.request(
    "POST",
    url,
    headers=headers,
    content=payload,
)

print(response.status_code)
print(response.text)
