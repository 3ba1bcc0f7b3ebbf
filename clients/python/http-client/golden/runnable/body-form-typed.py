import http.client
from urllib.parse import urlencode, urlsplit

url = urlsplit("https://api.example.com/v1/subscribe")
payload = urlencode([
    ("email", "jane@example.com"),
    ("topic", "news & offers"),
    ("topic", "é ☕"),
]).encode()
headers = {
    "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
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
