import http.client
import os
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/widgets")
headers = {
    "X-API-Key": os.environ.get("X_API_KEY", "<api-key>"),
}

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "GET",
    url.path,
    headers=headers,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
