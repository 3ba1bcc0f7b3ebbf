import http.client
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/blobs/logo")
with open("files/avatar.png", "rb") as f:
    payload = f.read()
headers = {
    "Content-Type": "image/png",
}

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "PUT",
    url.path,
    body=payload,
    headers=headers,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
