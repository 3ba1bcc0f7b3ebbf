import http.client
import uuid
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/upload")
# http.client has no multipart encoder: the body is built here.
boundary = uuid.uuid4().hex
delimiter = b"--" + boundary.encode()


def part(name, content, filename=None, content_type=None):
    # Names are quoted as browsers quote them: a double quote or line break is percent-encoded.
    quote = lambda text: '"' + text.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A") + '"'
    lines = "Content-Disposition: form-data; name=" + quote(name)
    if filename is not None:
        lines += "; filename=" + quote(filename) + "\r\nContent-Type: " + content_type
    return delimiter + b"\r\n" + lines.encode() + b"\r\n\r\n" + content + b"\r\n"


payload = b"".join([
    part("dir\\name", "x".encode()),
    part("file", open("files/notes.txt", "rb").read(), "C:\\Users\\me\\notes.txt", "text/plain"),
    delimiter + b"--\r\n",
])
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
