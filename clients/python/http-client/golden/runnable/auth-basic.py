import http.client
import os
from base64 import b64encode
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/account")
headers = {
    "Authorization": "Basic " + b64encode((os.environ.get("API_USERNAME", "<username>") + ":" + os.environ.get("API_PASSWORD", "<password>")).encode()).decode(),
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
