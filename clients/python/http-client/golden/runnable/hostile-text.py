import http.client
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/raw")
payload = "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n".encode()
headers = {
    "Content-Type": "text/plain; charset=utf-8",
}

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "PUT",
    url.path,
    body=payload,
    headers=headers,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
