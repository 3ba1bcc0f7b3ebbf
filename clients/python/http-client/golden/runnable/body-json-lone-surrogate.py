import http.client
import json
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/echo")
payload = json.dumps({
    "key \udbff": "a \ud800 b",
    "list": [
        "\udc00",
        "paired 😀"
    ]
}).encode()
headers = {
    "Content-Type": "application/json",
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
