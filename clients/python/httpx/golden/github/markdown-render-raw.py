import httpx

url = "https://api.github.com/markdown/raw"
headers = {
    "Content-Type": "text/plain",
}
payload = "{\"text\":\"Hello **world**\"}".encode()

response = httpx.request(
    "POST",
    url,
    headers=headers,
    content=payload,
)

print(response.status_code)
print(response.text)
