import http.client
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/echo")

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "TRACE",
    url.path,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
