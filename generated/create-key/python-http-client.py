import http.client
import json
import os
from urllib.parse import urlsplit

url = urlsplit("https://openrouter.ai/api/v1/keys")
payload = json.dumps({
    "name": "My New API Key",
    "limit": 50,
    "limit_reset": "monthly",
    "include_byok_in_limit": True
}).encode()
headers = {
    "Authorization": "Bearer " + os.environ.get("OPENROUTER_API_KEY", "<token>"),
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
