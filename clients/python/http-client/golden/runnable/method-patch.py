import http.client
import json
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/items/42")
payload = json.dumps({
    "count": 4
}).encode()
headers = {
    "If-Match": "\"etag-1\"",
    "Content-Type": "application/json",
}

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "PATCH",
    url.path,
    body=payload,
    headers=headers,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
