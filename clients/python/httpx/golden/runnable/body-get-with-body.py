import httpx

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

response = httpx.request(
    "GET",
    url,
    headers=headers,
    json=payload,
)

print(response.status_code)
print(response.text)
