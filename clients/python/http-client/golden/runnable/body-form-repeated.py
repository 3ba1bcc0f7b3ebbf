import http.client
from urllib.parse import urlencode, urlsplit

url = urlsplit("https://api.example.com/v1/filters")
payload = urlencode([
    ("tag", "red"),
    ("tag", "red"),
    ("tag", "blue"),
]).encode()
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
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
