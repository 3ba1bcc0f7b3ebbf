import requests

url = "https://uploads.github.com/repos/OWNER/REPO/releases/0/assets"
params = [
    ("name", "NAME"),
]
headers = {
    "Content-Type": "application/octet-stream",
}
with open("body.bin", "rb") as f:
    payload = f.read()

response = requests.post(
    url,
    params=params,
    headers=headers,
    data=payload,
)

print(response.status_code)
print(response.text)
