import http.client
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/items")
headers = {
    "X-Trace-": "abc",
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
