import http.client
from urllib.parse import urlencode, urlsplit

url = urlsplit("https://api.example.com/v1/search")
target = url.path + "?" + urlencode([
    ("q", "rock & roll = fun + 100% sure"),
    ("tag", "first"),
    ("limit", "10"),
    ("tag", "second"),
    ("empty", ""),
    ("filter[name]", "Zoë Łukasz 🎸"),
    ("sort[]", "-created"),
    ("tag", "third"),
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
