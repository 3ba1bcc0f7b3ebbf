import httpx

url = "https://api.example.com/v1/blobs/logo"
headers = {
  "Content-Type": "image/png",
}
with open("files/avatar.png", "rb") as f:
  payload = f.read()

response = httpx.request(
  "PUT",
  url,
  headers=headers,
  content=payload,
)

print(response.status_code)
print(response.text)
