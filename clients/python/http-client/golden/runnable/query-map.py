import http.client
from urllib.parse import urlencode, urlsplit

url = urlsplit("https://api.example.com/v2/events")
target = url.path + "?" + urlencode([
    ("type", "push"),
    ("type", "pull_request"),
    ("per_page", "50"),
    ("active", "true"),
])

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "GET",
    target,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
