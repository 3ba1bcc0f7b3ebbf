import http.client
import os
from urllib.parse import urlencode, urlsplit

url = urlsplit("https://api.example.com/v1/widgets")
target = url.path + "?" + urlencode([
    ("page", "2"),
    ("api_key", os.environ.get("EXAMPLE_API_KEY", "<api-key>")),
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
