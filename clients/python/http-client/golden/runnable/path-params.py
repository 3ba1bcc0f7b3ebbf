import http.client
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/users/Jane%20Doe/files/reports%2F2024%20q1.pdf/tags/caf%C3%A9%20%E2%98%95%20%E6%97%A5%E6%9C%AC")

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
