import http.client
import json
from urllib.parse import urlsplit

url = urlsplit("https://api.example.com/v1/documents")
payload = json.dumps({
    "title": "Ünïcödé — 日本語 and emoji 🎉😀",
    "nested": {
        "list": [
            1,
            "two",
            3.5,
            None,
            True,
            False
        ],
        "object": {
            "deep": {
                "deeper": [
                    {
                        "a": 1
                    },
                    []
                ]
            }
        }
    },
    "empty_object": {},
    "empty_list": [],
    "nothing": None,
    "yes": True,
    "no": False,
    "big": 9007199254740993,
    "negative_big": -12345678901234567890,
    "float": 3.14159,
    "negative": -7,
    "zero": 0
}).encode()
headers = {
    "Content-Type": "application/json",
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
