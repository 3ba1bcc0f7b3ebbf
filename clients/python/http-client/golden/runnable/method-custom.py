import http.client
from urllib.parse import urlsplit

url = urlsplit("https://cdn.example.com/cache/images/logo.png")
headers = {
    "X-Purge-Reason": "deploy",
}

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "PURGE",
    url.path,
    headers=headers,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
