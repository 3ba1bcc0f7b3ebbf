import http.client
import uuid
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/upload")
# http.client has no multipart encoder: the body is built here.
boundary = uuid.uuid4().hex
delimiter = b"--" + boundary.encode()
# A form without fields is its close delimiter alone.
payload = delimiter + b"--\r\n"
headers = {
    "Content-Type": "multipart/form-data; boundary=" + boundary,
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
