import http.client
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/headers")
headers = {
    "Accept": "application/json",
    "X-Trace": "first, second",
    "X-Quoted": "say \"hi\" and it's fine",
    "X-Backslash": "C:\\path\\to\\file \\n not a newline",
    "X-Dollar": "$HOME ${x} #{x} `cmd` %s {{x}}",
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
