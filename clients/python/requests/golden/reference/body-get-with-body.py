import requests

url = "https://api.example.com/v1/search"

payload = {
    "query": {
        "match": {
            "title": "snippets"
        }
    },
    "size": 10
}
headers = {
    "Content-Type": "application/json"
}

response = requests.get(url, json=payload, headers=headers)

print(response.json())
