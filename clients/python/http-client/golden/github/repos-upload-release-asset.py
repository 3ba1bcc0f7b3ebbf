import http.client
from urllib.parse import urlencode, urlsplit

url = urlsplit("https://uploads.github.com/repos/OWNER/REPO/releases/0/assets")
target = url.path + "?" + urlencode([
    ("name", "NAME"),
])
with open("body.bin", "rb") as f:
    payload = f.read()
headers = {
    "Content-Type": "application/octet-stream",
}

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "POST",
    target,
    body=payload,
    headers=headers,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
