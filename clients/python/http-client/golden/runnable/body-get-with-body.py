import http.client
import json
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/search")
payload = json.dumps({
    "query": {
        "match": {
            "title": "snippets"
        }
    },
    "size": 10
}).encode()
headers = {
    "Content-Type": "application/json",
}

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "GET",
    url.path,
    body=payload,
    headers=headers,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
