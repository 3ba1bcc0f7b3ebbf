import http.client
import json
from urllib.parse import urlencode, urlsplit

url = urlsplit("https://api.example.com/v1/echo/a%E2%80%AEb")
target = url.path + "?" + urlencode([
    ("q\u200b", "x\u2066y\u2069z"),
    ("nbsp", "a\xa0b"),
])
payload = json.dumps({
    "rtl": "abc\u202edef",
    "zero\u200bwidth": "a\ufeffb\xa0c\U000e0041d\u3164e"
}).encode()
headers = {
    "Content-Type": "application/json",
}

connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
connection = connection_class(url.netloc)
connection.request(
    "POST",
    target,
    body=payload,
    headers=headers,
)
response = connection.getresponse()

print(response.status)
print(response.read().decode())
connection.close()
