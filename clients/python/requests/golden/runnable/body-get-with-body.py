import requests

url = "https://api.example.com/v1/search"
headers = {
    "Content-Type": "application/json",
}
payload = {
    "query": {
        "match": {
            "title": "snippets"
        }
    },
    "size": 10
}

response = requests.get(
    url,
    headers=headers,
    json=payload,
)

print(response.status_code)
print(response.text)
