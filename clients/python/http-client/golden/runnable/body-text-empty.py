import http.client
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/ping")
payload = "".encode()
headers = {
    "Content-Type": "text/plain",
}

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "POST",
    url.path,
    body=payload,
    headers=headers,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
