import httpx

url = "https://uploads.github.com/repos/OWNER/REPO/releases/0/assets"
params = [
    ("name", "NAME"),
]
headers = {
    "Content-Type": "application/octet-stream",
}
with open("body.bin", "rb") as f:
    payload = f.read()

response = httpx.request(
    "POST",
    url,
    params=params,
    headers=headers,
    content=payload,
)

print(response.status_code)
print(response.text)
