import http.client
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b")

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "GET",
    url.path,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
