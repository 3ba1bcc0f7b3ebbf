import http.client
import json
from urllib.parse import urlsplit

url = urlsplit("https://api.github.com/repos/OWNER/REPO/issues")
payload = json.dumps({
    "title": "Found a bug",
    "body": "I'm having a problem with this.",
    "assignees": [
        "octocat"
    ],
    "milestone": 1,
    "labels": [
        "bug"
    ]
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
